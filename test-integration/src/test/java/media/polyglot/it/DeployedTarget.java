package media.polyglot.it;

import static org.junit.jupiter.api.Assumptions.abort;

import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Output;

/**
 * A stack deployed with {@code cdk deploy}, named by {@code POLYGLOT_STACK} (e.g. {@code Polyglot-dev}), reached
 * with the usual AWS credentials and region (environment, profile). Opt-in: without them the scenarios are
 * skipped with the reason. Resources and outputs come from CloudFormation.
 */
final class DeployedTarget implements Target {

    static final String STACK_VARIABLE = "POLYGLOT_STACK";

    private final AwsCredentialsIdentity credentials;
    private final String region;
    private final Map<String, String> outputs;
    private final StackResources resources;

    private DeployedTarget(AwsCredentialsIdentity credentials, String region, Map<String, String> outputs,
                           StackResources resources) {
        this.credentials = credentials;
        this.region = region;
        this.outputs = outputs;
        this.resources = resources;
    }

    static DeployedTarget connect() {
        String stackName = System.getenv(STACK_VARIABLE);
        if (stackName == null || stackName.isBlank()) {
            abort("target deployed: set " + STACK_VARIABLE + " to the stack's name (and AWS credentials and region)");
        }
        AwsCredentials found;
        String region;
        try {
            found = DefaultCredentialsProvider.builder().build().resolveCredentials();
            region = new DefaultAwsRegionProviderChain().getRegion().id();
        } catch (SdkClientException e) {
            abort("target deployed: no AWS credentials or region found: " + e.getMessage());
            return null;
        }
        AwsCredentialsIdentity credentials = found;
        DeployedTarget unresolved = new DeployedTarget(credentials, region, Map.of(), null);
        try (CloudFormationClient cloudFormation = unresolved.client(CloudFormationClient.builder())) {
            Map<String, String> outputs = cloudFormation.describeStacks(d -> d.stackName(stackName)).stacks().get(0)
                    .outputs().stream().collect(Collectors.toMap(Output::outputKey, Output::outputValue));
            return new DeployedTarget(credentials, region, outputs, StackResources.of(cloudFormation, stackName));
        }
    }

    @Override
    public String name() {
        return "deployed";
    }

    @Override
    public URI endpoint() {
        return null;
    }

    @Override
    public AwsCredentialsIdentity credentials() {
        return credentials;
    }

    @Override
    public String region() {
        return region;
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
        // The stack stays: it was deployed before the run and belongs to whoever deployed it.
    }
}
