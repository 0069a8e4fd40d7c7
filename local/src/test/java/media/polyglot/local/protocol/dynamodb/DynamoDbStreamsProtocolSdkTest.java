package media.polyglot.local.protocol.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

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
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.model.StreamStatus;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** A table's stream read with the stock SDK's DynamoDB Streams client, the way a stream consumer would. */
class DynamoDbStreamsProtocolSdkTest {

    private static final Map<String, AttributeValue> KEY = Map.of("pk", AttributeValue.fromS("content-1"));
    private static final Map<String, AttributeValue> DRAFT = Map.of("pk", AttributeValue.fromS("content-1"),
            "state", AttributeValue.fromS("DRAFT"));
    private static final Map<String, AttributeValue> APPROVED = Map.of("pk", AttributeValue.fromS("content-1"),
            "state", AttributeValue.fromS("APPROVED"));

    private static DynamoDbEngine engine;
    private static ProtocolServer server;
    private static DynamoDbClient dynamoDb;
    private static DynamoDbStreamsClient streams;
    private static String streamArn;

    @BeforeAll
    static void writeInsertModifyAndRemove() throws Exception {
        engine = DynamoDbEngine.inMemory();
        server = new ProtocolServer(new DynamoDbProtocol(engine));
        dynamoDb = server.dynamoDbClient();
        streams = server.streamsClient();
        engine.createTable(TableDefinition.of("Content", KeyAttribute.s("pk")).withStream(StreamViewType.NEW_AND_OLD_IMAGES));
        streamArn = dynamoDb.describeTable(r -> r.tableName("Content")).table().latestStreamArn();
        dynamoDb.putItem(r -> r.tableName("Content").item(DRAFT));
        dynamoDb.putItem(r -> r.tableName("Content").item(APPROVED));
        dynamoDb.transactWriteItems(r -> r.transactItems(t -> t.delete(d -> d.tableName("Content").key(KEY))));
    }

    @AfterAll
    static void stop() {
        streams.close();
        dynamoDb.close();
        server.close();
        engine.close();
    }

    @Test
    void streamIsListedAndDescribedWithOneOpenShard() {
        StreamDescription description = streams.describeStream(r -> r.streamArn(streamArn)).streamDescription();

        assertThat(streams.listStreams(r -> r.tableName("Content")).streams())
                .singleElement()
                .satisfies(stream -> assertThat(stream.streamArn()).isEqualTo(streamArn));
        assertThat(description.streamStatus()).isEqualTo(StreamStatus.ENABLED);
        assertThat(description.tableName()).isEqualTo("Content");
        assertThat(description.shards()).singleElement()
                .satisfies(shard -> assertThat(shard.shardId()).matches("shardId-\\d{20}-[0-9a-f]{8}"));
    }

    @Test
    void recordsFromTheTrimHorizonCarryInsertModifyAndRemoveWithTheirImages() {
        List<Record> records = streams.getRecords(r -> r.shardIterator(iterator(ShardIteratorType.TRIM_HORIZON, null)))
                .records();

        assertThat(records).extracting(Record::eventName)
                .containsExactly(OperationType.INSERT, OperationType.MODIFY, OperationType.REMOVE);
        assertThat(records).extracting(record -> record.dynamodb().keys()).containsOnly(KEY);
        assertThat(records.get(0).dynamodb().newImage()).isEqualTo(DRAFT);
        assertThat(records.get(1).dynamodb().oldImage()).isEqualTo(DRAFT);
        assertThat(records.get(1).dynamodb().newImage()).isEqualTo(APPROVED);
        assertThat(records.get(2).dynamodb().oldImage()).isEqualTo(APPROVED);
        assertThat(records.get(2).dynamodb().hasNewImage()).isFalse();
        assertThat(records).extracting(Record::eventSource).containsOnly("aws:dynamodb");
        assertThat(records).extracting(Record::awsRegion).containsOnly("us-east-1");
    }

    @Test
    void iteratorsAfterASequenceNumberAndAtLatestReadOnlyLaterRecords() {
        List<Record> all = streams.getRecords(r -> r.shardIterator(iterator(ShardIteratorType.TRIM_HORIZON, null))).records();
        String insert = all.get(0).dynamodb().sequenceNumber();

        List<Record> afterInsert = streams.getRecords(r -> r.shardIterator(
                iterator(ShardIteratorType.AFTER_SEQUENCE_NUMBER, insert))).records();
        List<Record> atInsert = streams.getRecords(r -> r.shardIterator(
                iterator(ShardIteratorType.AT_SEQUENCE_NUMBER, insert))).records();
        GetRecordsResponse latest = streams.getRecords(r -> r.shardIterator(iterator(ShardIteratorType.LATEST, null)));

        assertThat(afterInsert).extracting(Record::eventName).containsExactly(OperationType.MODIFY, OperationType.REMOVE);
        assertThat(atInsert).hasSize(3);
        assertThat(latest.records()).isEmpty();
        assertThat(latest.nextShardIterator()).isNotBlank();
    }

    @Test
    void nextShardIteratorPagesThroughTheShard() {
        GetRecordsResponse first = streams.getRecords(r -> r.shardIterator(iterator(ShardIteratorType.TRIM_HORIZON, null))
                .limit(2));
        GetRecordsResponse second = streams.getRecords(r -> r.shardIterator(first.nextShardIterator()));

        assertThat(first.records()).extracting(Record::eventName).containsExactly(OperationType.INSERT, OperationType.MODIFY);
        assertThat(second.records()).extracting(Record::eventName).containsExactly(OperationType.REMOVE);
    }

    private static String iterator(ShardIteratorType type, String sequenceNumber) {
        String shardId = streams.describeStream(r -> r.streamArn(streamArn)).streamDescription().shards().get(0).shardId();
        return streams.getShardIterator(r -> r.streamArn(streamArn).shardId(shardId).shardIteratorType(type)
                .sequenceNumber(sequenceNumber)).shardIterator();
    }
}
