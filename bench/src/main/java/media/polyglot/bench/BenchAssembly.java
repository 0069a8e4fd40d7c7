package media.polyglot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The bench's own cloud assembly, laid out as {@code cdk synth} does (manifest, template, asset manifest), with what
 * every benchmark needs: a bus whose rules send {@code source: bench} events to queues, plain queues for the raw SQS
 * figures, a table, the hop consumer behind an SQS mapping, and cold functions for the cold start figure.
 */
public final class BenchAssembly {

    public static final String BUS = "bench";
    public static final String BUS_QUEUE = "bench-bus";
    public static final String RAW_QUEUE = "bench-raw";
    public static final String HOP_RESULTS_QUEUE = "bench-hop-results";
    public static final String RAW_HOP_QUEUE = "bench-raw-hop";
    public static final String TABLE = "bench";
    public static final String THROUGHPUT = "throughput";
    public static final String HOP = "hop";
    public static final String WARMUP_FUNCTION = "bench-warmup";
    private static final String FUNCTIONS_ASSET = "bench-functions.jar";
    private static final String PACKAGE = "media.polyglot.bench.functions.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchAssembly() {
    }

    public static String trivialFunction(int i) {
        return "bench-trivial-" + i;
    }

    public static String realFunction(int i) {
        return "bench-real-" + i;
    }

    /** Fails with what to run when the functions jar has not been built. */
    public static Path requireFunctionsJar(Path root) {
        Path jar = root.resolve("bench/target/" + FUNCTIONS_ASSET);
        if (!Files.isRegularFile(jar)) {
            throw new BenchException(jar + " is missing: build the bench first with ./mvnw -DskipTests package"
                    + " (./polyglot bench does it for you)");
        }
        return jar;
    }

    /** Writes the assembly into {@code directory}, with {@code coldFunctions} trivial and as many real functions. */
    public static Path write(Path directory, Path functionsJar, int coldFunctions) {
        ObjectNode resources = JSON.createObjectNode();
        resources.set("Bus", resource("AWS::Events::EventBus", Map.of("Name", BUS)));
        // Long visibility: the throughput consumers count what they receive and never see a message twice.
        resources.set("BusQueue", queue(BUS_QUEUE, 900));
        resources.set("RawQueue", queue(RAW_QUEUE, 900));
        resources.set("BusRule", rule(THROUGHPUT, "BusQueue"));
        resources.set("HopQueue", queue("bench-hop", 30));
        resources.set("HopResults", queue(HOP_RESULTS_QUEUE, 30));
        resources.set("RawHopQueue", queue(RAW_HOP_QUEUE, 30));
        resources.set("HopRule", rule(HOP, "HopQueue"));
        ObjectNode consumer = function("bench-hop-consumer", "HopHandler");
        ((ObjectNode) properties(consumer).get("Environment").get("Variables")).set("RESULT_QUEUE_URL", JSON.createObjectNode().put("Ref", "HopResults"));
        resources.set("HopConsumer", consumer);
        ObjectNode mapping = resource("AWS::Lambda::EventSourceMapping", Map.of("BatchSize", 10));
        properties(mapping).set("EventSourceArn", getAtt("HopQueue", "Arn"));
        properties(mapping).set("FunctionName", JSON.createObjectNode().put("Ref", "HopConsumer"));
        resources.set("HopMapping", mapping);
        resources.set("Table", table());
        resources.set("Warmup", function(WARMUP_FUNCTION, "TrivialHandler"));
        for (int i = 1; i <= coldFunctions; i++) {
            resources.set("Trivial" + i, function(trivialFunction(i), "TrivialHandler"));
            resources.set("Real" + i, function(realFunction(i), "RealHandler"));
        }
        ObjectNode template = JSON.createObjectNode();
        template.set("Resources", resources);
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("manifest.json"), """
                    {"version": "48.0.0", "artifacts": {
                      "Bench.assets": {"type": "cdk:asset-manifest", "properties": {"file": "Bench.assets.json"}},
                      "Bench": {"type": "aws:cloudformation:stack", "properties": {
                        "templateFile": "Bench.template.json", "stackName": "Bench"}, "dependencies": ["Bench.assets"]}}}""");
            Files.writeString(directory.resolve("Bench.assets.json"), """
                    {"version": "48.0.0", "files": {"functions": {
                      "source": {"path": %s, "packaging": "file"},
                      "destinations": {"local": {"bucketName": "bench-assets", "objectKey": "%s"}}}}}"""
                    .formatted(JSON.writeValueAsString(functionsJar.toString()), FUNCTIONS_ASSET));
            JSON.writerWithDefaultPrettyPrinter().writeValue(directory.resolve("Bench.template.json").toFile(), template);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bench's cloud assembly in " + directory, e);
        }
        return directory;
    }

    private static ObjectNode resource(String type, Map<String, Object> properties) {
        ObjectNode resource = JSON.createObjectNode().put("Type", type);
        resource.set("Properties", JSON.valueToTree(properties));
        return resource;
    }

    private static ObjectNode queue(String name, int visibilitySeconds) {
        return resource("AWS::SQS::Queue", Map.of("QueueName", name, "VisibilityTimeout", visibilitySeconds));
    }

    private static ObjectNode rule(String detailType, String queueLogicalId) {
        ObjectNode rule = resource("AWS::Events::Rule", Map.of(
                "EventPattern", Map.of("source", new String[] {"bench"}, "detail-type", new String[] {detailType})));
        properties(rule).set("EventBusName", JSON.createObjectNode().put("Ref", "Bus"));
        ArrayNode targets = properties(rule).putArray("Targets");
        targets.addObject().put("Id", "queue").set("Arn", getAtt(queueLogicalId, "Arn"));
        return rule;
    }

    private static ObjectNode function(String name, String handlerClass) {
        // 512 MB and 10 s, as the project's functions are deployed (infra's JavaFunction).
        return resource("AWS::Lambda::Function", Map.of(
                "FunctionName", name, "Runtime", "java21", "Handler", PACKAGE + handlerClass + "::handleRequest",
                "MemorySize", 512, "Timeout", 10,
                "Code", Map.of("S3Bucket", "bench-assets", "S3Key", FUNCTIONS_ASSET),
                "Environment", Map.of("Variables", Map.of())));
    }

    private static ObjectNode table() {
        return resource("AWS::DynamoDB::Table", Map.of(
                "TableName", TABLE, "BillingMode", "PAY_PER_REQUEST",
                "KeySchema", new Object[] {Map.of("AttributeName", "pk", "KeyType", "HASH"),
                                           Map.of("AttributeName", "sk", "KeyType", "RANGE")},
                "AttributeDefinitions", new Object[] {Map.of("AttributeName", "pk", "AttributeType", "S"),
                                                      Map.of("AttributeName", "sk", "AttributeType", "S")}));
    }

    private static ObjectNode properties(ObjectNode resource) {
        return (ObjectNode) resource.get("Properties");
    }

    private static ObjectNode getAtt(String logicalId, String attribute) {
        ObjectNode getAtt = JSON.createObjectNode();
        getAtt.putArray("Fn::GetAtt").add(logicalId).add(attribute);
        return getAtt;
    }
}
