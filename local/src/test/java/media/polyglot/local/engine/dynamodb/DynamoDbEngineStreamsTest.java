package media.polyglot.local.engine.dynamodb;

import static media.polyglot.local.engine.dynamodb.value.AttributeValue.n;
import static media.polyglot.local.engine.dynamodb.value.AttributeValue.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import media.polyglot.local.engine.dynamodb.expression.ExpressionAttributes;
import media.polyglot.local.engine.dynamodb.value.Item;
import media.polyglot.local.engine.dynamodb.value.StringValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DynamoDbEngineStreamsTest {

    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private static final Item KEY = Item.of("pk", s("a"));
    private static final Item FIRST = KEY.with("v", n("1"));
    private static final Item SECOND = KEY.with("v", n("2"));
    private static DynamoDbEngine engine;

    @BeforeAll
    static void startEngine() {
        engine = DynamoDbEngine.inMemory(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @ParameterizedTest
    @EnumSource(StreamViewType.class)
    void insertModifyAndRemoveCarryTheImagesTheViewTypeIncludes(StreamViewType viewType) {
        String table = "Images-" + viewType;
        String streamArn = createStreamedTable(table, viewType);

        engine.putItem(PutItemRequest.of(table, FIRST));
        engine.putItem(PutItemRequest.of(table, SECOND));
        deleteItem(table, KEY);
        List<StreamRecord> records = engine.readStream(streamArn, null, 10);

        assertThat(records).extracting(StreamRecord::eventName)
                .containsExactly(StreamEventName.INSERT, StreamEventName.MODIFY, StreamEventName.REMOVE);
        assertThat(records).extracting(StreamRecord::keys).containsOnly(KEY);
        assertThat(records).extracting(StreamRecord::newImage).containsExactly(
                viewType.includesNewImage() ? FIRST : null, viewType.includesNewImage() ? SECOND : null, null);
        assertThat(records).extracting(StreamRecord::oldImage).containsExactly(
                null, viewType.includesOldImage() ? FIRST : null, viewType.includesOldImage() ? SECOND : null);
        assertThat(records).extracting(StreamRecord::streamViewType).containsOnly(viewType);
    }

    @Test
    void sequenceNumbersAre21DigitsAndStrictlyIncreasing() {
        String streamArn = createStreamedTable("Sequenced", StreamViewType.KEYS_ONLY);
        for (int i = 0; i < 5; i++) {
            engine.putItem(PutItemRequest.of("Sequenced", Item.of("pk", s("item-" + i))));
        }

        List<String> sequenceNumbers = engine.readStream(streamArn, null, 10).stream()
                .map(StreamRecord::sequenceNumber).toList();

        assertThat(sequenceNumbers).hasSize(5).allMatch(number -> number.matches("\\d{21}"));
        assertThat(sequenceNumbers.stream().map(BigInteger::new).toList()).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void readingAfterASequenceNumberReturnsOnlyLaterRecordsUpToTheLimit() {
        String streamArn = createStreamedTable("Paged", StreamViewType.KEYS_ONLY);
        for (int i = 0; i < 5; i++) {
            engine.putItem(PutItemRequest.of("Paged", Item.of("pk", s("item-" + i))));
        }
        List<StreamRecord> firstTwo = engine.readStream(streamArn, null, 2);

        List<StreamRecord> rest = engine.readStream(streamArn, firstTwo.get(1).sequenceNumber(), 10);

        assertThat(firstTwo).extracting(record -> record.keys().attributes().get("pk")).containsExactly(s("item-0"), s("item-1"));
        assertThat(rest).extracting(record -> record.keys().attributes().get("pk"))
                .containsExactly(s("item-2"), s("item-3"), s("item-4"));
    }

    @Test
    void writesThatChangeNothingLeaveNoRecord() {
        String streamArn = createStreamedTable("Unchanged", StreamViewType.NEW_AND_OLD_IMAGES);

        engine.putItem(PutItemRequest.of("Unchanged", FIRST));
        engine.putItem(PutItemRequest.of("Unchanged", FIRST));
        deleteItem("Unchanged", Item.of("pk", s("never-written")));

        assertThat(engine.readStream(streamArn, null, 10)).extracting(StreamRecord::eventName)
                .containsExactly(StreamEventName.INSERT);
    }

    @Test
    void recordRendersAsTheRecordALambdaFunctionReceives() {
        String streamArn = createStreamedTable("Rendered", StreamViewType.NEW_AND_OLD_IMAGES);
        engine.putItem(PutItemRequest.of("Rendered", FIRST));

        StreamRecord record = engine.readStream(streamArn, null, 1).get(0);
        String expected = """
                {"eventID":"%s","eventName":"INSERT","eventVersion":"1.1","eventSource":"aws:dynamodb",\
                "awsRegion":"us-east-1","dynamodb":{"ApproximateCreationDateTime":1714564800,\
                "Keys":{"pk":{"S":"a"}},"NewImage":{"pk":{"S":"a"},"v":{"N":"1"}},"SequenceNumber":"%s",\
                "SizeBytes":9,"StreamViewType":"NEW_AND_OLD_IMAGES"},"eventSourceARN":"%s"}"""
                .formatted(record.eventId(), record.sequenceNumber(), streamArn);

        assertThat(record.toJson().toString()).isEqualTo(expected);
        assertThat(record.eventId()).matches("[0-9a-f]{32}");
    }

    @Test
    void shardIteratorsStartAtTheTrimHorizonTheLatestRecordOrASequenceNumber() {
        String streamArn = createStreamedTable("Iterated", StreamViewType.KEYS_ONLY);
        engine.putItem(PutItemRequest.of("Iterated", Item.of("pk", s("one"))));
        engine.putItem(PutItemRequest.of("Iterated", Item.of("pk", s("two"))));
        StreamDescription stream = engine.describeStream(streamArn);
        String latest = engine.shardIterator(streamArn, stream.shardId(), ShardIteratorType.LATEST, null);
        engine.putItem(PutItemRequest.of("Iterated", Item.of("pk", s("three"))));
        List<StreamRecord> all = records(engine.shardIterator(streamArn, stream.shardId(), ShardIteratorType.TRIM_HORIZON, null));
        String second = all.get(1).sequenceNumber();

        assertThat(pks(all)).containsExactly("one", "two", "three");
        assertThat(pks(records(latest))).containsExactly("three");
        assertThat(pks(records(engine.shardIterator(streamArn, stream.shardId(), ShardIteratorType.AT_SEQUENCE_NUMBER, second))))
                .containsExactly("two", "three");
        assertThat(pks(records(engine.shardIterator(streamArn, stream.shardId(), ShardIteratorType.AFTER_SEQUENCE_NUMBER, second))))
                .containsExactly("three");
    }

    @Test
    void nextShardIteratorContinuesWhereThePageEnded() {
        String streamArn = createStreamedTable("Continued", StreamViewType.KEYS_ONLY);
        engine.putItem(PutItemRequest.of("Continued", Item.of("pk", s("one"))));
        engine.putItem(PutItemRequest.of("Continued", Item.of("pk", s("two"))));
        String iterator = engine.shardIterator(streamArn, engine.describeStream(streamArn).shardId(),
                ShardIteratorType.TRIM_HORIZON, null);

        StreamRecordsPage first = engine.getRecords(iterator, 1);
        StreamRecordsPage second = engine.getRecords(first.nextShardIterator(), 10);
        StreamRecordsPage empty = engine.getRecords(second.nextShardIterator(), 10);
        engine.putItem(PutItemRequest.of("Continued", Item.of("pk", s("three"))));

        assertThat(pks(first.records())).containsExactly("one");
        assertThat(pks(second.records())).containsExactly("two");
        assertThat(empty.records()).isEmpty();
        assertThat(pks(engine.getRecords(empty.nextShardIterator(), 10).records())).containsExactly("three");
    }

    @Test
    void streamIsDescribedWithOneShardShapedLikeDynamoDbs() {
        String streamArn = createStreamedTable("Described", StreamViewType.OLD_IMAGE);

        StreamDescription stream = engine.describeStream(streamArn);

        assertThat(stream.streamArn())
                .isEqualTo("arn:aws:dynamodb:us-east-1:000000000000:table/Described/stream/2024-05-01T12:00:00.000");
        assertThat(stream.shardId()).matches("shardId-00000001714564800000-[0-9a-f]{8}");
        assertThat(stream.streamViewType()).isEqualTo(StreamViewType.OLD_IMAGE);
        assertThat(engine.listStreams("Described")).containsExactly(stream);
    }

    @Test
    void unknownStreamFailsWithResourceNotFound() {
        String unknown = "arn:aws:dynamodb:us-east-1:000000000000:table/Ghost/stream/2024-05-01T12:00:00.000";

        assertThatThrownBy(() -> engine.readStream(unknown, null, 10))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessage("Requested resource not found: Stream: " + unknown + " not found");
    }

    private static String createStreamedTable(String table, StreamViewType viewType) {
        engine.createTable(TableDefinition.of(table, KeyAttribute.s("pk")).withStream(viewType));
        return engine.streamArnOf(table).orElseThrow();
    }

    private static void deleteItem(String table, Item key) {
        engine.transactWriteItems(List.of(
                new TransactWriteItem.Delete(table, key, null, ExpressionAttributes.NONE, false)));
    }

    private static List<StreamRecord> records(String iterator) {
        return engine.getRecords(iterator, 100).records();
    }

    private static List<String> pks(List<StreamRecord> records) {
        return records.stream().map(record -> ((StringValue) record.keys().attributes().get("pk")).value()).toList();
    }
}
