package media.polyglot.it;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;
import software.amazon.awssdk.regions.Region;

/**
 * A running system the scenarios drive: where its AWS APIs answer, with which credentials and region, and how
 * to find one of its resources by the logical id the template gave it. The embedded local runtime, LocalStack
 * and a deployed stack each are one; {@link Targets} picks which.
 */
interface Target extends AutoCloseable {

    /** embedded, localstack or deployed. */
    String name();

    /** Where the AWS APIs answer; null on AWS itself, where the SDK finds the endpoint. */
    URI endpoint();

    AwsCredentialsIdentity credentials();

    String region();

    /** A value of the stack's Outputs section: ContentApiUrl, EventBusName, ReaderTopicArn, ... */
    String output(String key);

    /**
     * What {@code Ref} gives for the one resource whose logical id starts with {@code logicalIdPrefix}
     * (CDK adds a hash): a queue's URL, a table's or function's name, a topic's ARN, an archive's name.
     */
    String physicalId(String logicalIdPrefix);

    /** The local runtime's management API, where fault hooks are; empty on other targets. */
    default Optional<URI> managementApi() {
        return Optional.empty();
    }

    /** A stock SDK client for this target, as a developer would build one. */
    default <B extends AwsClientBuilder<B, C>, C> C client(B builder) {
        if (endpoint() != null) {
            builder.endpointOverride(endpoint());
        }
        AwsCredentialsIdentity identity = credentials();
        AwsCredentials sdkCredentials = identity instanceof AwsSessionCredentialsIdentity session
                ? AwsSessionCredentials.create(session.accessKeyId(), session.secretAccessKey(), session.sessionToken())
                : AwsBasicCredentials.create(identity.accessKeyId(), identity.secretAccessKey());
        return builder.region(Region.of(region())).credentialsProvider(StaticCredentialsProvider.create(sdkCredentials))
                .build();
    }

    /** Where one service's API answers: the edge, or the service's regional endpoint on AWS. */
    default URI serviceEndpoint(String service) {
        return endpoint() != null ? endpoint() : URI.create("https://" + service + "." + region() + ".amazonaws.com");
    }

    default URI contentApi() {
        return URI.create(output("ContentApiUrl"));
    }

    default URI historyApi() {
        return URI.create(output("HistoryApiUrl"));
    }

    default URI catalogApi() {
        return URI.create(output("CatalogApiUrl"));
    }

    @Override
    void close();
}
