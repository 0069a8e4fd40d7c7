package media.polyglot.local.engine.dynamodb;

import static media.polyglot.local.engine.dynamodb.value.AttributeValue.n;
import static media.polyglot.local.engine.dynamodb.value.AttributeValue.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.dynamodb.expression.ExpressionAttributes;
import media.polyglot.local.engine.dynamodb.value.Item;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Secondary indexes kept by every kind of write, without a socket. */
class DynamoDbEngineIndexesTest {

    private static final String TABLE = "Orders";
    private static final SecondaryIndex BY_STATUS = SecondaryIndex.global("ByStatus", KeyAttribute.s("status"),
            KeyAttribute.n("placedAt"), IndexProjection.KEYS_ONLY);
    private static final SecondaryIndex BY_TOTAL = SecondaryIndex.local("ByTotal", KeyAttribute.s("customer"),
            KeyAttribute.n("total"), IndexProjection.include(List.of("status")));

    private DynamoDbEngine engine;

    @BeforeEach
    void createTable() {
        engine = DynamoDbEngine.inMemory();
        engine.createTable(TableDefinition.of(TABLE, KeyAttribute.s("customer")).withSortKey(KeyAttribute.s("order"))
                .withIndex(BY_STATUS).withIndex(BY_TOTAL));
    }

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    @Test
    void putUpdateAndDeleteMoveTheItemsEntryInEveryIndex() {
        engine.putItem(PutItemRequest.of(TABLE, order("o1", "OPEN", 10).with("total", n(5))));
        engine.updateItem(UpdateItemRequest.of(TABLE, key("o1"), "SET #s = :s",
                new ExpressionAttributes(Map.of("#s", "status"), Map.of(":s", s("SHIPPED")))));

        assertThat(statusQuery("OPEN").items()).isEmpty();
        assertThat(statusQuery("SHIPPED").items()).containsExactly(
                Item.of("customer", s("ann"), "order", s("o1")).with("status", s("SHIPPED")).with("placedAt", n(10)));

        engine.deleteItem(DeleteItemRequest.of(TABLE, key("o1")));

        assertThat(statusQuery("SHIPPED").items()).isEmpty();
        assertThat(engine.describeTable(TABLE).indexes()).extracting(IndexDescription::itemCount).containsExactly(0L, 0L);
    }

    @Test
    void anItemWithoutTheIndexKeyHasNoEntry() {
        engine.putItem(PutItemRequest.of(TABLE, order("o1", "OPEN", 10)));
        engine.putItem(PutItemRequest.of(TABLE, Item.of("customer", s("ann"), "order", s("o2"))));

        assertThat(engine.describeTable(TABLE).indexes()).extracting(IndexDescription::itemCount).containsExactly(1L, 0L);
        assertThat(engine.scan(ScanRequest.of(TABLE).onIndex("ByStatus")).items()).hasSize(1);
    }

    @Test
    void transactionsAndBatchesMaintainTheIndexesToo() {
        engine.transactWriteItems(List.of(new TransactWriteItem.Put(TABLE, order("o1", "OPEN", 1), null,
                ExpressionAttributes.NONE, false)));
        engine.batchWriteItem(List.of(new BatchWrite.Put(TABLE, order("o2", "OPEN", 2)),
                new BatchWrite.Delete(TABLE, key("o1"))));

        assertThat(statusQuery("OPEN").items()).extracting(item -> item.get("order").orElseThrow()).containsExactly(s("o2"));
    }

    @Test
    void aWriteWhoseIndexKeyHasTheWrongTypeIsRefusedAndChangesNothing() {
        Item wrong = order("o1", "OPEN", 1).with("placedAt", s("yesterday"));

        assertThatThrownBy(() -> engine.putItem(PutItemRequest.of(TABLE, wrong)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: Type mismatch for Index Key placedAt Expected: N "
                        + "Actual: S IndexName: ByStatus");
        assertThat(engine.getItem(TABLE, key("o1"))).isEmpty();
    }

    @Test
    void pagesOfAnIndexQueryResumeAfterTheIndexAndTableKeysOfTheLastItem() {
        for (int i = 0; i < 5; i++) {
            engine.putItem(PutItemRequest.of(TABLE, order("o" + i, "OPEN", 7)));
        }

        QueryResult first = engine.query(statusRequest("OPEN").withLimit(2));
        QueryResult rest = engine.query(statusRequest("OPEN").startingAfter(first.lastEvaluatedKey()));

        assertThat(first.lastEvaluatedKey()).isEqualTo(Item.of("customer", s("ann"), "order", s("o1"))
                .with("status", s("OPEN")).with("placedAt", n(7)));
        assertThat(rest.items()).extracting(item -> item.get("order").orElseThrow())
                .containsExactly(s("o2"), s("o3"), s("o4"));
    }

    @Test
    void aLocalIndexFetchesUnprojectedAttributesFromTheTable() {
        engine.putItem(PutItemRequest.of(TABLE, order("o1", "OPEN", 1).with("total", n(30)).with("note", s("gift"))));
        QueryRequest byTotal = QueryRequest.of(TABLE, "customer = :c AND #t > :min",
                new ExpressionAttributes(Map.of("#t", "total"), Map.of(":c", s("ann"), ":min", n(10)))).onIndex("ByTotal");

        assertThat(engine.query(byTotal).items()).containsExactly(Item.of("customer", s("ann"), "order", s("o1"))
                .with("status", s("OPEN")).with("total", n(30)));
        assertThat(engine.query(byTotal.selecting(Select.ALL_ATTRIBUTES)).items().get(0).get("note")).contains(s("gift"));
    }

    @Test
    void aGlobalIndexRefusesConsistentReadsAndAllAttributesWhenItDoesNotProjectThem() {
        assertThatThrownBy(() -> engine.query(statusRequest("OPEN").consistent()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Consistent reads are not supported on global secondary indexes");
        assertThatThrownBy(() -> engine.query(statusRequest("OPEN").selecting(Select.ALL_ATTRIBUTES)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Select type ALL_ATTRIBUTES is not supported for global secondary index ByStatus");
        assertThatThrownBy(() -> engine.query(statusRequest("OPEN").onIndex("Missing")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The table does not have the specified index: Missing");
    }

    @Test
    void aFilterOnTheQueriedKeyIsRefused() {
        assertThatThrownBy(() -> engine.query(statusRequest("OPEN").filtering("placedAt > :s")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Filter Expression can only contain non-primary key attributes: Primary key attribute: placedAt");
    }

    private QueryResult statusQuery(String status) {
        return engine.query(statusRequest(status));
    }

    private static QueryRequest statusRequest(String status) {
        return QueryRequest.of(TABLE, "#s = :s", new ExpressionAttributes(Map.of("#s", "status"), Map.of(":s", s(status))))
                .onIndex("ByStatus");
    }

    private static Item key(String order) {
        return Item.of("customer", s("ann"), "order", s(order));
    }

    private static Item order(String order, String status, long placedAt) {
        return key(order).with("status", s(status)).with("placedAt", n(placedAt));
    }
}
