package media.polyglot.local.engine.dynamodb;

import static media.polyglot.local.engine.dynamodb.value.AttributeValue.n;
import static media.polyglot.local.engine.dynamodb.value.AttributeValue.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.dynamodb.expression.ExpressionAttributes;
import media.polyglot.local.engine.dynamodb.value.Item;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** UpdateTable, tags, shard iterator expiry, stream retention and BatchGetItem's 16 MB, without a socket. */
class DynamoDbEngineTableUpdatesTest {

    private static final String TABLE = "Content";

    private final SettableClock clock = new SettableClock(Instant.parse("2024-05-01T12:00:00Z"));
    private DynamoDbEngine engine;

    @BeforeEach
    void createTable() {
        engine = DynamoDbEngine.inMemory(clock);
        engine.createTable(TableDefinition.of(TABLE, KeyAttribute.s("pk")).withStream(StreamViewType.KEYS_ONLY));
    }

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    @Test
    void turningTheStreamOffDisablesItAndTurningItOnStartsANewStream() {
        String first = engine.streamArnOf(TABLE).orElseThrow();
        engine.putItem(PutItemRequest.of(TABLE, Item.of("pk", s("a"))));

        engine.updateTable(TableUpdate.of(TABLE).withStream(new TableUpdate.StreamSetting(false, null)));
        engine.putItem(PutItemRequest.of(TABLE, Item.of("pk", s("b"))));

        assertThat(engine.streamArnOf(TABLE)).isEmpty();
        assertThat(engine.describeStream(first).enabled()).isFalse();
        assertThat(engine.readStream(first, null, 10)).hasSize(1);

        engine.updateTable(TableUpdate.of(TABLE).withStream(new TableUpdate.StreamSetting(true, StreamViewType.NEW_IMAGE)));
        engine.putItem(PutItemRequest.of(TABLE, Item.of("pk", s("c"))));
        String second = engine.streamArnOf(TABLE).orElseThrow();

        assertThat(second).isNotEqualTo(first);
        assertThat(engine.readStream(second, null, 10)).extracting(StreamRecord::keys).containsExactly(Item.of("pk", s("c")));
        assertThat(engine.listStreams(TABLE)).extracting(StreamDescription::enabled).containsExactly(false, true);
        assertThatThrownBy(() -> engine.updateTable(TableUpdate.of(TABLE)
                .withStream(new TableUpdate.StreamSetting(true, StreamViewType.KEYS_ONLY))))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("Table already has an enabled stream");
    }

    @Test
    void aGlobalIndexCreatedLaterIsFilledFromTheItemsAndCanBeDeleted() {
        engine.putItem(PutItemRequest.of(TABLE, Item.of("pk", s("a"), "lang", s("de"))));
        engine.putItem(PutItemRequest.of(TABLE, Item.of("pk", s("b"))));

        engine.updateTable(TableUpdate.of(TABLE).creatingIndex(
                SecondaryIndex.global("ByLang", KeyAttribute.s("lang"), null, IndexProjection.ALL)));

        assertThat(engine.query(QueryRequest.of(TABLE, "lang = :l", new ExpressionAttributes(Map.of(), Map.of(":l", s("de"))))
                .onIndex("ByLang")).items()).containsExactly(Item.of("pk", s("a"), "lang", s("de")));

        engine.updateTable(TableUpdate.of(TABLE).deletingIndex("ByLang"));

        assertThat(engine.describeTable(TABLE).indexes()).isEmpty();
        assertThatThrownBy(() -> engine.updateTable(TableUpdate.of(TABLE).deletingIndex("ByLang")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void tagsAreAddedReplacedListedAndRemoved() {
        String arn = engine.describeTable(TABLE).tableArn();

        engine.tagResource(arn, Map.of("team", "content", "env", "dev"));
        engine.tagResource(arn, Map.of("env", "local"));
        engine.untagResource(arn, List.of("team", "missing"));

        assertThat(engine.listTagsOfResource(arn)).containsExactly(Map.entry("env", "local"));
        assertThatThrownBy(() -> engine.listTagsOfResource(arn + "x")).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void aShardIteratorExpiresAfterFifteenMinutes() {
        StreamDescription stream = engine.describeStream(engine.streamArnOf(TABLE).orElseThrow());
        String iterator = engine.shardIterator(stream.streamArn(), stream.shardId(), ShardIteratorType.TRIM_HORIZON, null);

        clock.advance(Duration.ofMinutes(14));
        String next = engine.getRecords(iterator, 10).nextShardIterator();
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));

        assertThatThrownBy(() -> engine.getRecords(iterator, 10)).isInstanceOf(ExpiredIteratorException.class)
                .hasMessageStartingWith("Iterator expired");
        assertThat(engine.getRecords(next, 10).records()).isEmpty();
    }

    @Test
    void recordsOlderThan24HoursAreTrimmedAndReadingBeforeTheTrimHorizonIsRefused() {
        engine.putItem(PutItemRequest.of(TABLE, Item.of("pk", s("old"))));
        String streamArn = engine.streamArnOf(TABLE).orElseThrow();
        String oldSequence = engine.readStream(streamArn, null, 10).get(0).sequenceNumber();
        clock.advance(Duration.ofHours(24).plusSeconds(1));
        engine.putItem(PutItemRequest.of(TABLE, Item.of("pk", s("new"))));

        assertThat(engine.trimStreams()).isEqualTo(1);

        StreamDescription stream = engine.describeStream(streamArn);
        String horizon = engine.shardIterator(streamArn, stream.shardId(), ShardIteratorType.TRIM_HORIZON, null);
        assertThat(engine.getRecords(horizon, 10).records()).extracting(StreamRecord::keys)
                .containsExactly(Item.of("pk", s("new")));
        assertThatThrownBy(() -> engine.shardIterator(streamArn, stream.shardId(), ShardIteratorType.AT_SEQUENCE_NUMBER,
                oldSequence)).isInstanceOf(TrimmedDataAccessException.class);
    }

    @Test
    void batchGetItemLeavesWhatIsPast16MegabytesUnprocessed() {
        String body = "x".repeat(390 * 1024);
        List<Item> keys = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Item key = Item.of("pk", s("big-" + i));
            keys.add(key);
            engine.putItem(PutItemRequest.of(TABLE, key.with("body", s(body)).with("n", n(i))));
        }

        BatchGetResult result = engine.batchGetItem(List.of(new BatchGet(TABLE, keys, null, ExpressionAttributes.NONE)));

        int read = result.responses().get(TABLE).size();
        assertThat(read).isBetween(40, 44);
        assertThat(result.unprocessedKeys().get(TABLE)).hasSize(50 - read).containsExactlyElementsOf(keys.subList(read, 50));
    }
}
