package media.polyglot.local.engine.dynamodb;

import static media.polyglot.local.engine.dynamodb.value.AttributeValue.n;
import static media.polyglot.local.engine.dynamodb.value.AttributeValue.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.dynamodb.expression.ExpressionAttributes;
import media.polyglot.local.engine.dynamodb.value.AttributeValue;
import media.polyglot.local.engine.dynamodb.value.Item;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The TTL sweep, run by hand with a clock the test moves ("Time to Live (TTL)" in the Developer Guide). */
class DynamoDbEngineTimeToLiveTest {

    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private static final String TABLE = "Sessions";

    private final SettableClock clock = new SettableClock(NOW);
    private DynamoDbEngine engine;

    @BeforeEach
    void createTable() {
        engine = DynamoDbEngine.inMemory(clock);
        engine.createTable(TableDefinition.of(TABLE, KeyAttribute.s("id")).withStream(StreamViewType.OLD_IMAGE)
                .withIndex(SecondaryIndex.global("ByUser", KeyAttribute.s("user"), null, IndexProjection.KEYS_ONLY)));
        engine.updateTimeToLive(TABLE, "expiresAt", true);
    }

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    @Test
    void anItemWhoseTtlIsANumberInThePastIsDeletedWithItsIndexEntries() {
        long now = NOW.getEpochSecond();
        put("past", n(now - 1));
        put("future", n(now + 60));
        put("fraction", n(now - 1 + ".5"));

        assertThat(engine.sweepExpiredItems()).isEqualTo(2);

        assertThat(engine.getItem(TABLE, Item.of("id", s("past")))).isEmpty();
        assertThat(engine.getItem(TABLE, Item.of("id", s("fraction")))).isEmpty();
        assertThat(engine.getItem(TABLE, Item.of("id", s("future")))).isPresent();
        assertThat(engine.describeTable(TABLE).indexes().get(0).itemCount()).isEqualTo(1);
    }

    @Test
    void anItemWithoutANumberTtlNeverExpires() {
        put("string", s(Long.toString(NOW.getEpochSecond() - 100)));
        engine.putItem(PutItemRequest.of(TABLE, Item.of("id", s("none"))));
        clock.advance(Duration.ofDays(365));

        assertThat(engine.sweepExpiredItems()).isZero();
        assertThat(engine.scan(ScanRequest.of(TABLE)).count()).isEqualTo(2);
    }

    @Test
    void anItemExpiresOnceTheClockPassesItsTtl() {
        put("soon", n(NOW.getEpochSecond() + 30));

        assertThat(engine.sweepExpiredItems()).isZero();
        clock.advance(Duration.ofSeconds(31));
        assertThat(engine.sweepExpiredItems()).isEqualTo(1);
    }

    @Test
    void theStreamRecordOfATtlDeletionNamesTheDynamoDbService() {
        put("past", n(NOW.getEpochSecond() - 1));
        engine.deleteItem(DeleteItemRequest.of(TABLE, Item.of("id", s("other"))));
        engine.sweepExpiredItems();

        List<StreamRecord> records = engine.readStream(engine.streamArnOf(TABLE).orElseThrow(), null, 10);

        assertThat(records).extracting(StreamRecord::eventName).containsExactly(StreamEventName.INSERT, StreamEventName.REMOVE);
        assertThat(records).extracting(StreamRecord::removedByTimeToLive).containsExactly(false, true);
        assertThat(records.get(1).toJson().path("userIdentity").toString())
                .isEqualTo("{\"type\":\"Service\",\"principalId\":\"dynamodb.amazonaws.com\"}");
        assertThat(records.get(0).toJson().has("userIdentity")).isFalse();
    }

    @Test
    void disablingTtlStopsTheSweepAndTheSettingIsDescribed() {
        put("past", n(NOW.getEpochSecond() - 1));

        assertThat(engine.describeTimeToLive(TABLE)).isEqualTo(new TimeToLiveDescription(true, "expiresAt"));
        engine.updateTimeToLive(TABLE, "expiresAt", false);

        assertThat(engine.describeTimeToLive(TABLE)).isEqualTo(new TimeToLiveDescription(false, null));
        assertThat(engine.sweepExpiredItems()).isZero();
        assertThatThrownBy(() -> engine.updateTimeToLive(TABLE, "expiresAt", false))
                .isInstanceOf(ValidationException.class).hasMessage("TimeToLive is already disabled");
    }

    @Test
    void theSweeperStartedWithAnIntervalDeletesExpiredItemsInTheBackground() {
        put("past", n(NOW.getEpochSecond() - 1));

        engine.startTimeToLiveSweeper(Duration.ofMillis(20));

        await().atMost(Duration.ofSeconds(5)).until(() -> engine.getItem(TABLE, Item.of("id", s("past"))).isEmpty());
    }

    private void put(String id, AttributeValue expiresAt) {
        engine.updateItem(UpdateItemRequest.of(TABLE, Item.of("id", s(id)), "SET expiresAt = :e, #u = :u",
                new ExpressionAttributes(Map.of("#u", "user"), Map.of(":e", expiresAt, ":u", s("ann")))));
    }
}
