package media.polyglot.local.engine.dynamodb;

import static media.polyglot.local.engine.dynamodb.value.AttributeValue.bool;
import static media.polyglot.local.engine.dynamodb.value.AttributeValue.n;
import static media.polyglot.local.engine.dynamodb.value.AttributeValue.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.dynamodb.expression.ExpressionAttributes;
import media.polyglot.local.engine.dynamodb.value.Item;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The transactional outbox's write: state and outbox row together, or neither. */
class DynamoDbEngineTransactionsTest {

    private static final String STATE = "ContentState";
    private static final String OUTBOX = "Outbox";
    private static final ExpressionAttributes NONE = ExpressionAttributes.NONE;
    private static DynamoDbEngine engine;

    @BeforeAll
    static void startEngine() {
        engine = DynamoDbEngine.inMemory();
        engine.createTable(TableDefinition.of(STATE, KeyAttribute.s("id")));
        engine.createTable(TableDefinition.of(OUTBOX, KeyAttribute.s("id")).withStream(StreamViewType.NEW_IMAGE));
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @Test
    void everyActionAppliesWhenEveryConditionHolds() {
        engine.putItem(PutItemRequest.of(STATE, Item.of("id", s("obsolete"))));
        engine.putItem(PutItemRequest.of(STATE, Item.of("id", s("author-1")).with("active", bool(true))));

        engine.transactWriteItems(List.of(
                new TransactWriteItem.Put(STATE, Item.of("id", s("c-1")).with("revision", n("1")),
                        "attribute_not_exists(id)", NONE, false),
                new TransactWriteItem.Put(OUTBOX, Item.of("id", s("event-1")), null, NONE, false),
                new TransactWriteItem.Delete(STATE, Item.of("id", s("obsolete")), null, NONE, false),
                new TransactWriteItem.ConditionCheck(STATE, Item.of("id", s("author-1")), "active = :yes",
                        new ExpressionAttributes(Map.of(), Map.of(":yes", bool(true))), false)));

        assertThat(engine.getItem(STATE, Item.of("id", s("c-1")))).contains(Item.of("id", s("c-1")).with("revision", n("1")));
        assertThat(engine.getItem(OUTBOX, Item.of("id", s("event-1")))).contains(Item.of("id", s("event-1")));
        assertThat(engine.getItem(STATE, Item.of("id", s("obsolete")))).isEmpty();
    }

    @Test
    void oneFailedConditionCancelsEveryActionWithOneReasonPerAction() {
        Item existing = Item.of("id", s("c-2")).with("revision", n("3"));
        engine.putItem(PutItemRequest.of(STATE, existing));
        String streamArn = engine.streamArnOf(OUTBOX).orElseThrow();
        int recordsBefore = engine.readStream(streamArn, null, 1000).size();

        assertThatThrownBy(() -> engine.transactWriteItems(List.of(
                new TransactWriteItem.Put(OUTBOX, Item.of("id", s("event-2")), null, NONE, false),
                new TransactWriteItem.Put(STATE, Item.of("id", s("c-2")).with("revision", n("4")),
                        "revision = :expected", new ExpressionAttributes(Map.of(), Map.of(":expected", n("2"))), true))))
                .isInstanceOf(TransactionCanceledException.class)
                .hasMessage("Transaction cancelled, please refer cancellation reasons for specific reasons "
                        + "[None, ConditionalCheckFailed]")
                .satisfies(e -> assertThat(((TransactionCanceledException) e).reasons()).containsExactly(
                        CancellationReason.NONE,
                        new CancellationReason("ConditionalCheckFailed", "The conditional request failed", existing)));

        assertThat(engine.getItem(OUTBOX, Item.of("id", s("event-2")))).isEmpty();
        assertThat(engine.getItem(STATE, Item.of("id", s("c-2")))).contains(existing);
        assertThat(engine.readStream(streamArn, null, 1000)).hasSize(recordsBefore);
    }

    @Test
    void sameItemTwiceInOneTransactionIsRejected() {
        assertThatThrownBy(() -> engine.transactWriteItems(List.of(
                new TransactWriteItem.Put(STATE, Item.of("id", s("c-3")), null, NONE, false),
                new TransactWriteItem.Delete(STATE, Item.of("id", s("c-3")), null, NONE, false))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Transaction request cannot include multiple operations on one item: {\"id\":{\"S\":\"c-3\"}} "
                        + "in table ContentState");
        assertThat(engine.getItem(STATE, Item.of("id", s("c-3")))).isEmpty();
    }

    @Test
    void actionOnAnUnknownTableFailsWithResourceNotFoundAndAppliesNothing() {
        assertThatThrownBy(() -> engine.transactWriteItems(List.of(
                new TransactWriteItem.Put(STATE, Item.of("id", s("c-4")), null, NONE, false),
                new TransactWriteItem.Put("NoSuchTable", Item.of("id", s("x")), null, NONE, false))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessage("Requested resource not found: Table: NoSuchTable not found");
        assertThat(engine.getItem(STATE, Item.of("id", s("c-4")))).isEmpty();
    }
}
