package media.polyglot.it;

import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import media.polyglot.infra.PolyglotApp;
import media.polyglot.local.template.CloudAssembly;
import media.polyglot.local.template.StackArtifact;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * LocalStack in a container (Testcontainers), with the synthesized template deployed through its
 * CloudFormation: the assets uploaded where the default synthesizer's bootstrap bucket holds them. Needs a
 * Docker engine and, since LocalStack's 2026 images require one, {@code LOCALSTACK_AUTH_TOKEN}; without either
 * the scenarios are skipped with that reason.
 */
final class LocalStackTarget implements Target {

    private static final String BOOTSTRAP_QUALIFIER = "hnb659fds";

    private final LocalStackContainer container;
    private final Map<String, String> outputs;
    private final StackResources resources;

    private LocalStackTarget(LocalStackContainer container, Map<String, String> outputs, StackResources resources) {
        this.container = container;
        this.outputs = outputs;
        this.resources = resources;
    }

    static LocalStackTarget start(String label, TemplateEdit edit) {
        String token = System.getenv("LOCALSTACK_AUTH_TOKEN");
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            abort("target localstack: no Docker engine is reachable (Testcontainers found none)");
        }
        if (token == null || token.isBlank()) {
            abort("target localstack: LOCALSTACK_AUTH_TOKEN is not set; LocalStack's images require it since 2026");
        }
        LocalStackContainer container = new LocalStackContainer(DockerImageName.parse("localstack/localstack:latest"))
                .withEnv("LOCALSTACK_AUTH_TOKEN", token);
        container.start();
        try {
            Path assembly = Path.of(PolyglotApp.synthesize(Path.of("target", "cdk.out-localstack-" + label), "dev")
                    .getDirectory());
            StackArtifact stack = CloudAssembly.read(assembly).stacks().get(0);
            StackTemplate.edit(stack.template().file(), edit);
            return deploy(container, stack);
        } catch (RuntimeException | IOException e) {
            container.stop();
            throw new IllegalStateException("target localstack: cannot deploy the stack: " + e.getMessage(), e);
        }
    }

    private static LocalStackTarget deploy(LocalStackContainer container, StackArtifact stack) throws IOException {
        String bucket = "cdk-" + BOOTSTRAP_QUALIFIER + "-assets-000000000000-" + container.getRegion();
        try (S3Client s3 = client(container, S3Client.builder().forcePathStyle(true));
             SsmClient ssm = client(container, SsmClient.builder());
             CloudFormationClient cloudFormation = client(container, CloudFormationClient.builder())) {
            s3.createBucket(b -> b.bucket(bucket));
            for (Map.Entry<String, Path> asset : stack.assets().filesByObjectKey().entrySet()) {
                s3.putObject(p -> p.bucket(bucket).key(asset.getKey()), RequestBody.fromFile(asset.getValue()));
            }
            ssm.putParameter(p -> p.name("/cdk-bootstrap/" + BOOTSTRAP_QUALIFIER + "/version").value("30").type("String"));
            String templateBody = Files.readString(stack.template().file());
            cloudFormation.createStack(c -> c.stackName(stack.stackName()).templateBody(templateBody)
                    .capabilities(Capability.CAPABILITY_IAM, Capability.CAPABILITY_NAMED_IAM));
            cloudFormation.waiter().waitUntilStackCreateComplete(d -> d.stackName(stack.stackName()));
            Map<String, String> outputs = cloudFormation.describeStacks(d -> d.stackName(stack.stackName())).stacks()
                    .get(0).outputs().stream().collect(Collectors.toMap(Output::outputKey, Output::outputValue));
            return new LocalStackTarget(container, outputs, StackResources.of(cloudFormation, stack.stackName()));
        }
    }

    private static <B extends AwsClientBuilder<B, C>, C> C client(LocalStackContainer container, B builder) {
        return AwsTestClients.at(builder, container.getEndpoint(), container.getRegion(), container.getAccessKey(),
                container.getSecretKey());
    }

    @Override
    public String name() {
        return "localstack";
    }

    @Override
    public URI endpoint() {
        return container.getEndpoint();
    }

    @Override
    public AwsCredentialsIdentity credentials() {
        return AwsCredentialsIdentity.create(container.getAccessKey(), container.getSecretKey());
    }

    @Override
    public String region() {
        return container.getRegion();
    }

    @Override
    public String output(String key) {
        return StackResources.required(outputs, key, "output");
    }

    @Override
    public String physicalId(String logicalIdPrefix) {
        return resources.physicalId(logicalIdPrefix);
    }

    @Override
    public void close() {
        container.stop();
    }
}
