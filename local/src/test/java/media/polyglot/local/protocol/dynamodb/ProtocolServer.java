package media.polyglot.local.protocol.dynamodb;

import java.net.URI;
import media.polyglot.local.edge.EdgeServer;
import media.polyglot.local.edge.ServiceEndpoint;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The runtime's edge with only DynamoDB behind it (DynamoDB Streams signs as {@code dynamodb} too),
 * and stock SDK clients pointed at it the way a function would be, with the local credentials.
 */
public final class ProtocolServer implements AutoCloseable {

    private final EdgeServer edge = EdgeServer.start(0);

    public ProtocolServer(ServiceEndpoint endpoint) {
        edge.attach("dynamodb", endpoint);
    }

    public DynamoDbClient dynamoDbClient() {
        return DynamoDbClient.builder()
                .endpointOverride(uri())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    public DynamoDbStreamsClient streamsClient() {
        return DynamoDbStreamsClient.builder()
                .endpointOverride(uri())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    @Override
    public void close() {
        edge.close();
    }

    private URI uri() {
        return edge.url();
    }
}
