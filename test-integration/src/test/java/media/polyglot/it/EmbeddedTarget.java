package media.polyglot.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import media.polyglot.infra.PolyglotApp;
import media.polyglot.local.LocalRuntime;
import media.polyglot.local.LocalSettings;
import media.polyglot.local.edge.FunctionUrlServer;
import media.polyglot.local.manage.ManagementApi;
import media.polyglot.local.template.CloudAssembly;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * The embedded local runtime on the template infra synthesizes, started in this JVM on a free port. Resources
 * are found as the runtime names them: the template's name when it sets one, else the stack name and the
 * logical id cut to the service's length limit, as CloudFormation does.
 */
final class EmbeddedTarget implements Target {

    private static final String STACK = "Polyglot-dev";
    /** CloudFormation's limits on generated names, per type, and the property that names one explicitly. */
    private static final Map<String, Naming> NAMING = Map.of(
            "AWS::SQS::Queue", new Naming("QueueName", 80),
            "AWS::SNS::Topic", new Naming("TopicName", 256),
            "AWS::DynamoDB::Table", new Naming("TableName", 255),
            "AWS::Lambda::Function", new Naming("FunctionName", 64),
            "AWS::Events::Rule", new Naming("Name", 64),
            "AWS::Events::Archive", new Naming("ArchiveName", 48),
            "AWS::Events::EventBus", new Naming("Name", 256));

    private final LocalSettings settings;
    private LocalRuntime runtime;
    private final ObjectNode template;

    private EmbeddedTarget(Path assembly, LocalSettings settings) {
        this.settings = settings;
        this.template = StackTemplate.read(templateFile(assembly));
        this.runtime = LocalRuntime.start(settings);
    }

    /** Synthesizes the dev stage into {@code target/cdk.out-<label>}, applies the edit, and starts the runtime. */
    static EmbeddedTarget start(String label, TemplateEdit edit, Path dataDir) {
        Path assembly = Path.of(PolyglotApp.synthesize(Path.of("target", "cdk.out-" + label), "dev").getDirectory());
        StackTemplate.edit(templateFile(assembly), edit);
        LocalSettings settings = LocalSettings.defaults(assembly).withEdgePort(0).withDataDir(dataDir);
        return new EmbeddedTarget(assembly, settings);
    }

    private static Path templateFile(Path assembly) {
        return CloudAssembly.read(assembly).stacks().get(0).template().file();
    }

    /**
     * Stops the runtime and starts it again on the same data directory and the same edge port, as {@code up
     * --data-dir} after a crash would; the Function URLs get new ports.
     */
    void restart() {
        int port = runtime.edgeUrl().getPort();
        runtime.close();
        runtime = LocalRuntime.start(settings.withEdgePort(port));
    }

    LocalRuntime runtime() {
        return runtime;
    }

    @Override
    public String name() {
        return "embedded";
    }

    @Override
    public URI endpoint() {
        return runtime.edgeUrl();
    }

    @Override
    public AwsCredentialsIdentity credentials() {
        return AwsCredentialsIdentity.create(settings.accessKeyId(), settings.secretAccessKey());
    }

    @Override
    public String region() {
        return settings.region();
    }

    @Override
    public Optional<URI> managementApi() {
        return Optional.of(runtime.edgeUrl().resolve(ManagementApi.PREFIX));
    }

    @Override
    public String output(String key) {
        JsonNode value = template.path("Outputs").path(key).path("Value");
        if (value.has("Ref")) {
            return physicalId(value.get("Ref").asText());
        }
        JsonNode getAtt = value.path("Fn::GetAtt");
        if (getAtt.size() == 2 && getAtt.get(1).asText().equals("FunctionUrl")) {
            return functionUrl(getAtt.get(0).asText()).toString();
        }
        throw new IllegalArgumentException("the stack has no output " + key + " this target can resolve: " + value);
    }

    @Override
    public String physicalId(String logicalIdPrefix) {
        Map.Entry<String, JsonNode> resource = StackTemplate.resource(template, logicalIdPrefix);
        String type = resource.getValue().path("Type").asText();
        Naming naming = NAMING.get(type);
        if (naming == null) {
            throw new IllegalArgumentException(resource.getKey() + " is a " + type + ", which this target does not name");
        }
        JsonNode properties = resource.getValue().path("Properties");
        boolean fifo = properties.path("FifoQueue").asBoolean(false) || properties.path("FifoTopic").asBoolean(false);
        String name = properties.path(naming.property()).isTextual() ? properties.path(naming.property()).asText()
                : generated(resource.getKey(), naming.maxLength() - (fifo ? 5 : 0)) + (fifo ? ".fifo" : "");
        return switch (type) {
            case "AWS::SQS::Queue" -> runtime.edgeUrl() + "/" + settings.accountId() + "/" + name;
            case "AWS::SNS::Topic" -> "arn:aws:sns:" + settings.region() + ":" + settings.accountId() + ":" + name;
            default -> name;
        };
    }

    private static String generated(String logicalId, int maxLength) {
        String name = STACK + "-" + logicalId;
        return name.length() <= maxLength ? name : name.substring(0, maxLength);
    }

    private URI functionUrl(String urlLogicalId) {
        String functionLogicalId = template.path("Resources").path(urlLogicalId).path("Properties")
                .path("TargetFunctionArn").path("Fn::GetAtt").path(0).asText();
        String functionName = physicalId(functionLogicalId);
        return runtime.functionUrls().stream().filter(url -> url.functionUrl().functionName().equals(functionName))
                .map(FunctionUrlServer::url).findFirst()
                .orElseThrow(() -> new IllegalStateException("no Function URL runs for " + functionName));
    }

    @Override
    public void close() {
        runtime.close();
    }

    private record Naming(String property, int maxLength) {
    }
}
