package media.polyglot.local.protocol.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.dynamodb.DynamoDbEngine;
import media.polyglot.local.engine.dynamodb.KeyAttribute;
import media.polyglot.local.engine.dynamodb.StreamViewType;
import media.polyglot.local.engine.dynamodb.TableDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * TTL through the stock SDK: UpdateTimeToLive and DescribeTimeToLive, and a sweep's deletion read
 * back with GetRecords carrying the service's userIdentity ("DynamoDB Streams and Time to Live").
 */
class TimeToLiveProtocolSdkTest {

    private static DynamoDbEngine engine;
    private static ProtocolServer server;
    private static DynamoDbClient dynamoDb;
    private static DynamoDbStreamsClient streams;

    @BeforeAll
    static void start() throws Exception {
        engine = DynamoDbEngine.inMemory();
        server = new ProtocolServer(new DynamoDbProtocol(engine));
        dynamoDb = server.dynamoDbClient();
        streams = server.streamsClient();
        engine.createTable(TableDefinition.of("Sessions", KeyAttribute.s("pk")).withStream(StreamViewType.KEYS_ONLY));
    }

    @AfterAll
    static void stop() {
        streams.close();
        dynamoDb.close();
        server.close();
        engine.close();
    }

    @Test
    void ttlIsEnabledAndDescribedAndItsDeletionsCarryTheServiceIdentity() {
        dynamoDb.updateTimeToLive(r -> r.tableName("Sessions").timeToLiveSpecification(t -> t.attributeName("exp").enabled(true)));
        String past = Long.toString(Instant.now().getEpochSecond() - 10);
        dynamoDb.putItem(r -> r.tableName("Sessions").item(Map.of("pk", AttributeValue.fromS("s1"),
                "exp", AttributeValue.fromN(past))));

        assertThat(engine.sweepExpiredItems()).isEqualTo(1);

        assertThat(dynamoDb.describeTimeToLive(r -> r.tableName("Sessions")).timeToLiveDescription())
                .satisfies(description -> {
                    assertThat(description.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
                    assertThat(description.attributeName()).isEqualTo("exp");
                });
        String streamArn = dynamoDb.describeTable(r -> r.tableName("Sessions")).table().latestStreamArn();
        String shardId = streams.describeStream(r -> r.streamArn(streamArn)).streamDescription().shards().get(0).shardId();
        String iterator = streams.getShardIterator(r -> r.streamArn(streamArn).shardId(shardId)
                .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
        List<Record> records = streams.getRecords(r -> r.shardIterator(iterator)).records();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).userIdentity()).isNull();
        assertThat(records.get(1).userIdentity().type()).isEqualTo("Service");
        assertThat(records.get(1).userIdentity().principalId()).isEqualTo("dynamodb.amazonaws.com");
    }
}
