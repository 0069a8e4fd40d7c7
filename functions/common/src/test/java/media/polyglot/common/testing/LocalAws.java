package media.polyglot.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import media.polyglot.events.Bus;
import media.polyglot.events.EventJson;
import media.polyglot.local.LocalRuntime;
import media.polyglot.local.LocalSettings;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The local runtime started in-process, for tests that need AWS: DynamoDB on SQLite in memory, SQS on
 * ElasticMQ, and the bus {@code polyglot} whose every event a catch-all rule copies to the queue
 * {@code published}, where a test reads what was published. Reached through the stock
 * SDK clients, as the functions reach AWS.
 */
public final class LocalAws implements AutoCloseable {

    public static final String PUBLISHED_QUEUE = "published";
    /** How long nothing more may arrive before a test concludes that nothing more was published. */
    public static final Duration QUIET_PERIOD = Duration.ofMillis(750);

    /** Its template: the bus, the queue a catch-all rule copies every event to, nothing else. */
    private static final String TEMPLATE = """
            {"Resources": {
              "Bus": {"Type": "AWS::Events::EventBus", "Properties": {"Name": "%s"}},
              "Published": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "%s"}},
              "Everything": {"Type": "AWS::Events::Rule", "Properties": {"EventBusName": {"Ref": "Bus"},
                  "EventPattern": {"source": [{"prefix": ""}]},
                  "Targets": [{"Id": "published", "Arn": {"Fn::GetAtt": ["Published", "Arn"]}}]}}}}"""
            .formatted(Bus.NAME, PUBLISHED_QUEUE);

    private final Path assembly;
    private final LocalRuntime runtime;
    private final DynamoDbClient dynamoDb;
    private final SqsClient sqs;
    private final EventBridgeClient eventBridge;
    private final String publishedUrl;

    private LocalAws() throws IOException {
        assembly = Files.createTempDirectory("local-aws");
        Files.writeString(assembly.resolve("manifest.json"), """
                {"version": "48.0.0", "artifacts": {
                  "S.assets": {"type": "cdk:asset-manifest", "properties": {"file": "S.assets.json"}},
                  "S": {"type": "aws:cloudformation:stack", "properties": {"templateFile": "S.template.json",
                        "stackName": "LocalAws"}, "dependencies": ["S.assets"]}}}""");
        Files.writeString(assembly.resolve("S.assets.json"), "{\"files\": {}}");
        Files.writeString(assembly.resolve("S.template.json"), TEMPLATE);
        runtime = LocalRuntime.start(LocalSettings.defaults(assembly).withEdgePort(0));
        dynamoDb = client(DynamoDbClient.builder());
        sqs = client(SqsClient.builder());
        eventBridge = client(EventBridgeClient.builder());
        publishedUrl = sqs.getQueueUrl(q -> q.queueName(PUBLISHED_QUEUE)).queueUrl();
    }

    /** The runtime on a template of its own, in a temporary cloud assembly. */
    public static LocalAws start() {
        try {
            return new LocalAws();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the cloud assembly of LocalAws", e);
        }
    }

    public DynamoDbClient dynamoDb() {
        return dynamoDb;
    }

    public SqsClient sqs() {
        return sqs;
    }

    public EventBridgeClient eventBridge() {
        return eventBridge;
    }

    /** A stock SDK client of any service, at the edge with the local credentials. */
    public <B extends AwsClientBuilder<B, C>, C> C client(B builder) {
        return builder.endpointOverride(runtime.edgeUrl()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
    }

    /** Creates a table keyed by the string {@code partitionKey} (and {@code sortKey}, if not null). */
    public String createTable(String name, String partitionKey, String sortKey) {
        return createTable(name, partitionKey, sortKey, ScalarAttributeType.S);
    }

    /** As {@link #createTable(String, String, String)}, with a sort key of the given type. */
    public String createTable(String name, String partitionKey, String sortKey, ScalarAttributeType sortKeyType) {
        List<KeySchemaElement> keys = new ArrayList<>(List.of(
                KeySchemaElement.builder().attributeName(partitionKey).keyType(KeyType.HASH).build()));
        List<AttributeDefinition> attributes = new ArrayList<>(List.of(AttributeDefinition.builder()
                .attributeName(partitionKey).attributeType(ScalarAttributeType.S).build()));
        if (sortKey != null) {
            keys.add(KeySchemaElement.builder().attributeName(sortKey).keyType(KeyType.RANGE).build());
            attributes.add(AttributeDefinition.builder().attributeName(sortKey).attributeType(sortKeyType).build());
        }
        dynamoDb.createTable(t -> t.tableName(name).keySchema(keys).attributeDefinitions(attributes)
                .billingMode(BillingMode.PAY_PER_REQUEST));
        return name;
    }

    /** Creates a queue (FIFO when the name ends in {@code .fifo}) and returns its URL. */
    public String createQueue(String name) {
        return sqs.createQueue(q -> q.queueName(name).attributes(name.endsWith(".fifo")
                ? Map.of(QueueAttributeName.FIFO_QUEUE, "true") : Map.of())).queueUrl();
    }

    /** Receives what is on a queue now (one short poll of up to ten messages), deleting it. */
    public List<Message> drain(String queueUrl) {
        List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10)
                .waitTimeSeconds(0).messageAttributeNames("All").messageSystemAttributeNames(
                        software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName.ALL)).messages();
        messages.forEach(m -> sqs.deleteMessage(d -> d.queueUrl(queueUrl).receiptHandle(m.receiptHandle())));
        return messages;
    }

    /** Every event published so far and not read before, as EventBridge delivered them. */
    public List<JsonNode> published() {
        List<JsonNode> events = new ArrayList<>();
        List<Message> batch;
        do {
            batch = drain(publishedUrl);
            batch.forEach(m -> events.add(json(m.body())));
        } while (!batch.isEmpty());
        return events;
    }

    /**
     * The next {@code expected} events published, and any more that arrive within {@link #QUIET_PERIOD} after
     * them, so a test can tell "exactly this many" from "at least this many".
     */
    public List<JsonNode> awaitPublished(int expected) {
        return awaitMessages(publishedUrl, expected).stream().map(m -> json(m.body())).toList();
    }

    /**
     * The next {@code expected} messages on a queue, deleted, and any more that arrive within {@link #QUIET_PERIOD}
     * after them. Gives up waiting after ten seconds and returns what came.
     */
    public List<Message> awaitMessages(String queueUrl, int expected) {
        List<Message> messages = new ArrayList<>();
        long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (messages.size() < expected && System.nanoTime() < giveUp) {
            messages.addAll(drain(queueUrl));
        }
        long quietUntil = System.nanoTime() + QUIET_PERIOD.toNanos();
        while (System.nanoTime() < quietUntil) {
            messages.addAll(drain(queueUrl));
        }
        return messages;
    }

    private static JsonNode json(String body) {
        try {
            return EventJson.mapper().readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("a published event is not JSON: " + body, e);
        }
    }

    @Override
    public void close() {
        dynamoDb.close();
        sqs.close();
        eventBridge.close();
        runtime.close();
        try (var files = Files.walk(assembly)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + assembly, e);
        }
    }
}
