package media.polyglot.local.engine.dynamodb;

import static media.polyglot.local.engine.dynamodb.value.AttributeValue.n;
import static media.polyglot.local.engine.dynamodb.value.AttributeValue.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.dynamodb.expression.ExpressionAttributes;
import media.polyglot.local.engine.dynamodb.value.AttributeValue;
import media.polyglot.local.engine.dynamodb.value.Item;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DynamoDbEngineQueryTest {

    private static final String NUMBERS = "ByNumber";
    private static final String WORDS = "ByWord";
    private static final List<String> NUMBERS_ASCENDING = List.of("-10", "-1.5", "0", "2", "10", "100");
    private static final List<String> WORDS_ASCENDING = List.of("Apple", "apple", "apricot", "banana", "\uFFFD", "\uD83D\uDE00");
    private static DynamoDbEngine engine;

    @BeforeAll
    static void fillTables() {
        engine = DynamoDbEngine.inMemory();
        engine.createTable(TableDefinition.of(NUMBERS, KeyAttribute.s("pk")).withSortKey(KeyAttribute.n("sk")));
        engine.createTable(TableDefinition.of(WORDS, KeyAttribute.s("pk")).withSortKey(KeyAttribute.s("sk")));
        for (String number : List.of("100", "-1.5", "2", "0", "-10", "10")) {
            engine.putItem(PutItemRequest.of(NUMBERS, Item.of("pk", s("p"), "sk", n(number))));
            engine.putItem(PutItemRequest.of(NUMBERS, Item.of("pk", s("other"), "sk", n(number))));
        }
        for (String word : List.of("banana", "\uD83D\uDE00", "apricot", "\uFFFD", "apple", "Apple")) {
            engine.putItem(PutItemRequest.of(WORDS, Item.of("pk", s("p"), "sk", s(word))));
        }
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @Test
    void numberSortKeysComeBackInNumericOrder() {
        assertThat(sortKeys(engine.query(partition(NUMBERS)))).containsExactlyElementsOf(numbers(NUMBERS_ASCENDING));
    }

    @Test
    void stringSortKeysComeBackInUtf8ByteOrder() {
        assertThat(sortKeys(engine.query(partition(WORDS))))
                .containsExactlyElementsOf(WORDS_ASCENDING.stream().map(AttributeValue::s).toList());
    }

    @Test
    void scanIndexForwardFalseReadsBackwards() {
        assertThat(sortKeys(engine.query(partition(NUMBERS).backward())))
                .containsExactlyElementsOf(numbers(List.of("100", "10", "2", "0", "-1.5", "-10")));
    }

    @Test
    void sortKeyConditionsNarrowTheRange() {
        assertThat(sortKeys(query(NUMBERS, "pk = :p AND sk < :v", n("2")))).isEqualTo(numbers(List.of("-10", "-1.5", "0")));
        assertThat(sortKeys(query(NUMBERS, "pk = :p AND sk <= :v", n("2")))).isEqualTo(numbers(List.of("-10", "-1.5", "0", "2")));
        assertThat(sortKeys(query(NUMBERS, "pk = :p AND sk > :v", n("2")))).isEqualTo(numbers(List.of("10", "100")));
        assertThat(sortKeys(query(NUMBERS, "pk = :p AND sk >= :v", n("2")))).isEqualTo(numbers(List.of("2", "10", "100")));
        assertThat(sortKeys(query(NUMBERS, "pk = :p AND sk = :v", n("2")))).isEqualTo(numbers(List.of("2")));
        assertThat(sortKeys(query(WORDS, "pk = :p AND begins_with(sk, :v)", s("ap")))).isEqualTo(List.of(s("apple"), s("apricot")));
    }

    @Test
    void betweenIncludesBothBounds() {
        QueryRequest between = QueryRequest.of(NUMBERS, "pk = :p AND sk BETWEEN :lo AND :hi",
                new ExpressionAttributes(Map.of(), Map.of(":p", s("p"), ":lo", n("-1.5"), ":hi", n("10"))));

        assertThat(sortKeys(engine.query(between))).isEqualTo(numbers(List.of("-1.5", "0", "2", "10")));
    }

    @Test
    void limitAndExclusiveStartKeyPageThroughThePartition() {
        List<List<AttributeValue>> pages = new ArrayList<>();
        List<Item> lastKeys = new ArrayList<>();
        QueryRequest request = partition(NUMBERS).withLimit(4);
        QueryResult page;
        do {
            page = engine.query(request);
            pages.add(sortKeys(page));
            lastKeys.add(page.lastEvaluatedKey());
            request = request.startingAfter(page.lastEvaluatedKey());
        } while (page.lastEvaluatedKey() != null);

        assertThat(pages).containsExactly(numbers(List.of("-10", "-1.5", "0", "2")), numbers(List.of("10", "100")));
        assertThat(lastKeys).containsExactly(Item.of("pk", s("p"), "sk", n("2")), null);
    }

    @Test
    void pageThatEndsExactlyAtTheLastItemStillCarriesALastEvaluatedKey() {
        QueryResult first = engine.query(partition(NUMBERS).backward().withLimit(3));
        QueryResult second = engine.query(partition(NUMBERS).backward().withLimit(3).startingAfter(first.lastEvaluatedKey()));
        QueryResult third = engine.query(partition(NUMBERS).backward().withLimit(3).startingAfter(second.lastEvaluatedKey()));

        assertThat(sortKeys(second)).isEqualTo(numbers(List.of("0", "-1.5", "-10")));
        assertThat(second.lastEvaluatedKey()).isEqualTo(Item.of("pk", s("p"), "sk", n("-10")));
        assertThat(third.items()).isEmpty();
        assertThat(third.lastEvaluatedKey()).isNull();
    }

    @Test
    void keyConditionOnANonKeyAttributeIsRejected() {
        assertThatThrownBy(() -> query(NUMBERS, "pk = :p AND color = :v", s("red")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Query condition missed key schema element: color is not a key attribute of table ByNumber");
    }

    @Test
    void keyConditionWithOrIsRejected() {
        assertThatThrownBy(() -> query(NUMBERS, "pk = :p OR sk = :v", n("1")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid operator used in KeyConditionExpression: OR");
    }

    @Test
    void keyConditionWithoutThePartitionKeyIsRejected() {
        QueryRequest request = QueryRequest.of(NUMBERS, "sk > :v", new ExpressionAttributes(Map.of(), Map.of(":v", n("1"))));

        assertThatThrownBy(() -> engine.query(request))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Query condition missed key schema element: pk");
    }

    @Test
    void keyConditionValueOfTheWrongTypeIsRejected() {
        assertThatThrownBy(() -> query(NUMBERS, "pk = :p AND sk = :v", s("2")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: Condition parameter type does not match schema "
                        + "type: sk is N but :v is S");
    }

    private static QueryRequest partition(String table) {
        return QueryRequest.of(table, "pk = :p", new ExpressionAttributes(Map.of(), Map.of(":p", s("p"))));
    }

    private static QueryResult query(String table, String keyCondition, AttributeValue value) {
        return engine.query(QueryRequest.of(table, keyCondition,
                new ExpressionAttributes(Map.of(), Map.of(":p", s("p"), ":v", value))));
    }

    private static List<AttributeValue> sortKeys(QueryResult result) {
        return result.items().stream().map(item -> item.attributes().get("sk")).toList();
    }

    private static List<AttributeValue> numbers(List<String> numbers) {
        return numbers.stream().map(AttributeValue::n).toList();
    }
}
