package media.polyglot.it;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;

/** Stock SDK clients pointed at a target's endpoint, the way a developer points theirs. */
final class AwsTestClients {

    private AwsTestClients() {
    }

    static <B extends AwsClientBuilder<B, C>, C> C at(B builder, URI endpoint, String region, String accessKey,
                                                      String secretKey) {
        return builder.endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .build();
    }
}
