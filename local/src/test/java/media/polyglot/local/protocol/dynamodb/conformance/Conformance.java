package media.polyglot.local.protocol.dynamodb.conformance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import media.polyglot.local.engine.dynamodb.DynamoDbEngine;
import media.polyglot.local.protocol.dynamodb.DynamoDbProtocol;
import media.polyglot.local.protocol.dynamodb.ProtocolServer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * One conformance run's connection: stock SDK clients pointed at the local engine through its
 * protocol, or at real DynamoDB. Tables are created through it (on AWS with the configured prefix
 * and a random suffix, waited for until ACTIVE) and deleted when it closes.
 */
public final class Conformance implements AutoCloseable {

    static final String PREFIX_VARIABLE = "POLYGLOT_DYNAMODB_CONFORMANCE_TABLE_PREFIX";

    private final DynamoDbClient dynamoDb;
    private final DynamoDbStreamsClient streams;
    private final String prefix;
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final List<String> createdTables = new ArrayList<>();

    private Conformance(DynamoDbClient dynamoDb, DynamoDbStreamsClient streams, String prefix) {
        this.dynamoDb = dynamoDb;
        this.streams = streams;
        this.prefix = prefix;
    }

    /** Connects to the target, or skips the test class (through an assumption) when it cannot run here. */
    public static Conformance connect(ConformanceTarget target) throws Exception {
        if (target == ConformanceTarget.LOCAL) {
            DynamoDbEngine engine = DynamoDbEngine.inMemory();
            ProtocolServer server = new ProtocolServer(new DynamoDbProtocol(engine));
            Conformance local = new Conformance(server.dynamoDbClient(), server.streamsClient(), null);
            local.resources.add(engine);
            local.resources.add(server);
            return local;
        }
        String prefix = System.getenv(PREFIX_VARIABLE);
        Assumptions.assumeTrue(prefix != null && !prefix.isBlank(),
                "real DynamoDB run skipped: " + PREFIX_VARIABLE + " is not set");
        Assumptions.assumeTrue(hasCredentials(), "real DynamoDB run skipped: no AWS credentials in the environment");
        return new Conformance(DynamoDbClient.create(), DynamoDbStreamsClient.create(), prefix);
    }

    public DynamoDbClient dynamoDb() {
        return dynamoDb;
    }

    public DynamoDbStreamsClient streams() {
        return streams;
    }

    /**
     * Creates an on-demand table with a string partition key {@code pk} and, when {@code sortKey}
     * is not null, a sort key {@code sk} of that type; {@code more} adds to the request. Returns its name.
     */
    public String createTable(String name, ScalarAttributeType sortKey, Consumer<CreateTableRequest.Builder> more) {
        String tableName = prefix == null ? name : prefix + name + "-" + UUID.randomUUID().toString().substring(0, 8);
        List<KeySchemaElement> keys = new ArrayList<>(List.of(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build()));
        List<AttributeDefinition> attributes = new ArrayList<>(List.of(
                AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build()));
        if (sortKey != null) {
            keys.add(KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build());
            attributes.add(AttributeDefinition.builder().attributeName("sk").attributeType(sortKey).build());
        }
        CreateTableRequest.Builder request = CreateTableRequest.builder().tableName(tableName).keySchema(keys)
                .attributeDefinitions(attributes).billingMode(BillingMode.PAY_PER_REQUEST);
        more.accept(request);
        dynamoDb.createTable(request.build());
        createdTables.add(tableName);
        dynamoDb.waiter().waitUntilTableExists(r -> r.tableName(tableName));
        return tableName;
    }

    public String createTable(String name, ScalarAttributeType sortKey) {
        return createTable(name, sortKey, request -> { });
    }

    /** Waits until the table is ACTIVE again after an UpdateTable (at once locally). */
    public void waitUntilActive(String tableName) {
        dynamoDb.waiter().waitUntilTableExists(r -> r.tableName(tableName));
    }

    /** Waits until every global index of the table is ACTIVE (a new one is backfilled first on AWS). */
    public void waitUntilIndexesActive(String tableName) {
        Awaitility.await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(5))
                .until(() -> dynamoDb.describeTable(r -> r.tableName(tableName)).table().globalSecondaryIndexes().stream()
                        .allMatch(index -> index.indexStatus() == IndexStatus.ACTIVE));
    }

    @Override
    public void close() throws Exception {
        for (String table : createdTables) {
            dynamoDb.deleteTable(r -> r.tableName(table));
        }
        dynamoDb.close();
        streams.close();
        for (int i = resources.size() - 1; i >= 0; i--) {
            resources.get(i).close();
        }
    }

    private static boolean hasCredentials() {
        try (DefaultCredentialsProvider credentials = DefaultCredentialsProvider.builder().build()) {
            credentials.resolveCredentials();
            return true;
        } catch (SdkException e) {
            return false;
        }
    }
}
