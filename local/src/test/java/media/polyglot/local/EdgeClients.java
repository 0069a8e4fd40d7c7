package media.polyglot.local;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;

/** Stock SDK clients pointed at a runtime's edge with the local credentials, as a developer points theirs. */
public final class EdgeClients {

    private EdgeClients() {
    }

    public static <B extends AwsClientBuilder<B, C>, C> C at(B builder, URI edge) {
        return builder.endpointOverride(edge)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
    }
}
