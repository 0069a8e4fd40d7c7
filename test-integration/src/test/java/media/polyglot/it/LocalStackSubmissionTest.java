package media.polyglot.it;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import media.polyglot.infra.PolyglotApp;
import media.polyglot.local.template.CloudAssembly;
import media.polyglot.local.template.StackArtifact;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * The same scenario against LocalStack, where a Docker engine runs (skipped cleanly otherwise).
 * The synthesized template is deployed through LocalStack's CloudFormation, with the assets
 * uploaded where the default synthesizer's bootstrap bucket would hold them. LocalStack's images
 * need {@code LOCALSTACK_AUTH_TOKEN} since 2026.
 */
@Testcontainers(disabledWithoutDocker = true)
class LocalStackSubmissionTest {

    private static final String AUTH_TOKEN = System.getenv("LOCALSTACK_AUTH_TOKEN");

    @Container
    private static final LocalStackContainer LOCALSTACK = new LocalStackContainer(
            DockerImageName.parse("localstack/localstack:latest"))
            .withEnv("LOCALSTACK_AUTH_TOKEN", AUTH_TOKEN == null ? "" : AUTH_TOKEN);

    @Test
    void submittedContentReachesHistoryWithItsCorrelationId() throws Exception {
        assumeThat(AUTH_TOKEN).as("LOCALSTACK_AUTH_TOKEN is required by LocalStack's images").isNotBlank();
        Path assembly = Path.of(PolyglotApp.synthesize(Path.of("target", "cdk.out-localstack"), "dev").getDirectory());
        StackArtifact stack = CloudAssembly.read(assembly).stacks().get(0);
        Map<String, String> outputs = deploy(stack);

        new SubmissionScenario(new SystemUnderTest(URI.create(outputs.get("ContentApiUrl")),
                URI.create(outputs.get("HistoryApiUrl")),
                AwsCredentialsIdentity.create(LOCALSTACK.getAccessKey(), LOCALSTACK.getSecretKey()),
                LOCALSTACK.getRegion()))
                .submittedContentReachesHistory(Duration.ofMinutes(3));
    }

    private static Map<String, String> deploy(StackArtifact stack) throws Exception {
        String account = "000000000000";
        String bucket = "cdk-hnb659fds-assets-" + account + "-" + LOCALSTACK.getRegion();
        try (S3Client s3 = client(S3Client.builder().forcePathStyle(true));
             SsmClient ssm = client(SsmClient.builder());
             CloudFormationClient cloudFormation = client(CloudFormationClient.builder())) {
            s3.createBucket(b -> b.bucket(bucket));
            for (Map.Entry<String, Path> asset : stack.assets().filesByObjectKey().entrySet()) {
                s3.putObject(p -> p.bucket(bucket).key(asset.getKey()), RequestBody.fromFile(asset.getValue()));
            }
            ssm.putParameter(p -> p.name("/cdk-bootstrap/hnb659fds/version").value("30").type("String"));
            String templateBody = Files.readString(stack.template().file());
            cloudFormation.createStack(c -> c.stackName(stack.stackName())
                    .templateBody(templateBody)
                    .capabilities(Capability.CAPABILITY_IAM, Capability.CAPABILITY_NAMED_IAM));
            cloudFormation.waiter().waitUntilStackCreateComplete(d -> d.stackName(stack.stackName()));
            Stack created = cloudFormation.describeStacks(d -> d.stackName(stack.stackName())).stacks().get(0);
            return created.outputs().stream().collect(
                    Collectors.toMap(Output::outputKey, Output::outputValue));
        }
    }

    private static <B extends AwsClientBuilder<B, C>, C> C client(B builder) {
        return AwsTestClients.at(builder, LOCALSTACK.getEndpoint(), LOCALSTACK.getRegion(), LOCALSTACK.getAccessKey(),
                LOCALSTACK.getSecretKey());
    }
}
