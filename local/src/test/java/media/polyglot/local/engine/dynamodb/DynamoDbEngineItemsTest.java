package media.polyglot.local.engine.dynamodb;

import static media.polyglot.local.engine.dynamodb.value.AttributeValue.n;
import static media.polyglot.local.engine.dynamodb.value.AttributeValue.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.dynamodb.expression.ExpressionAttributes;
import media.polyglot.local.engine.dynamodb.value.AttributeValue;
import media.polyglot.local.engine.dynamodb.value.Item;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DynamoDbEngineItemsTest {

    private static final String TABLE = "Items";
    private static final String NUMBERED = "Numbered";
    private static DynamoDbEngine engine;

    @BeforeAll
    static void startEngine() {
        engine = DynamoDbEngine.inMemory();
        engine.createTable(TableDefinition.of(TABLE, KeyAttribute.s("pk")).withSortKey(KeyAttribute.s("sk")));
        engine.createTable(TableDefinition.of(NUMBERED, KeyAttribute.n("id")));
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @Test
    void everyDataTypeRoundTripsExactly() {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        attributes.put("pk", s("types"));
        attributes.put("sk", s("all"));
        attributes.put("number", n("-123.456"));
        attributes.put("binary", AttributeValue.b(new byte[] {0, -1, 127}));
        attributes.put("flag", AttributeValue.bool(false));
        attributes.put("nothing", AttributeValue.nul());
        attributes.put("map", AttributeValue.m(Map.of("nested", AttributeValue.l(List.of(n("1"), s(""))))));
        attributes.put("strings", AttributeValue.ss(List.of("b", "a")));
        attributes.put("numbers", AttributeValue.ns(List.of("10", "2")));
        attributes.put("binaries", AttributeValue.bs(List.of(new byte[] {1}, new byte[] {2})));
        Item item = new Item(attributes);

        engine.putItem(PutItemRequest.of(TABLE, item));

        assertThat(engine.getItem(TABLE, Item.of("pk", s("types"), "sk", s("all")))).contains(item);
    }

    @Test
    void putReplacesTheWholeItemAndReturnsTheOneItReplaced() {
        Item first = Item.of("pk", s("replace"), "sk", s("1")).with("color", s("red"));
        Item second = Item.of("pk", s("replace"), "sk", s("1")).with("size", n("2"));

        assertThat(engine.putItem(PutItemRequest.of(TABLE, first))).isEmpty();
        assertThat(engine.putItem(PutItemRequest.of(TABLE, second))).contains(first);
        assertThat(engine.getItem(TABLE, Item.of("pk", s("replace"), "sk", s("1")))).contains(second);
    }

    @Test
    void numericKeysSpelledDifferentlyAreTheSameKey() {
        engine.putItem(PutItemRequest.of(NUMBERED, Item.of("id", n("1.0")).with("v", s("x"))));

        assertThat(engine.getItem(NUMBERED, Item.of("id", n("1")))).contains(Item.of("id", n("1")).with("v", s("x")));
    }

    @Test
    void conditionalPutOfANewItemSucceedsThenFailsWithConditionalCheckFailed() {
        PutItemRequest createOnce = PutItemRequest.of(TABLE, Item.of("pk", s("once"), "sk", s("1")))
                .withCondition("attribute_not_exists(pk)", ExpressionAttributes.NONE);

        assertThat(engine.putItem(createOnce)).isEmpty();
        assertThatThrownBy(() -> engine.putItem(createOnce))
                .isInstanceOf(ConditionalCheckFailedException.class)
                .hasMessage("The conditional request failed")
                .satisfies(e -> assertThat(((ConditionalCheckFailedException) e).oldItem()).isEmpty());
    }

    @Test
    void failedConditionReportsTheItemItFailedOnWhenAsked() {
        Item current = Item.of("pk", s("versioned"), "sk", s("1")).with("version", n("2"));
        engine.putItem(PutItemRequest.of(TABLE, current));
        PutItemRequest staleWrite = PutItemRequest.of(TABLE, current.with("version", n("2")).with("note", s("stale")))
                .withCondition("#v = :expected", new ExpressionAttributes(Map.of("#v", "version"), Map.of(":expected", n("1"))))
                .returningOldItemOnConditionFailure();

        assertThatThrownBy(() -> engine.putItem(staleWrite))
                .isInstanceOf(ConditionalCheckFailedException.class)
                .satisfies(e -> assertThat(((ConditionalCheckFailedException) e).oldItem()).contains(current));
        assertThat(engine.getItem(TABLE, Item.of("pk", s("versioned"), "sk", s("1")))).contains(current);
    }

    @Test
    void itemWithoutItsPartitionKeyIsRejected() {
        assertThatThrownBy(() -> engine.putItem(PutItemRequest.of(TABLE, Item.of("sk", s("1")))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: Missing the key pk in the item");
    }

    @Test
    void keyOfTheWrongTypeIsRejected() {
        assertThatThrownBy(() -> engine.putItem(PutItemRequest.of(TABLE, Item.of("pk", n("1"), "sk", s("1")))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N");
    }

    @Test
    void emptyStringKeyIsRejected() {
        assertThatThrownBy(() -> engine.putItem(PutItemRequest.of(TABLE, Item.of("pk", s(""), "sk", s("1")))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values are not valid. The AttributeValue for a key attribute cannot "
                        + "contain an empty string value. Key: pk");
    }

    @Test
    void getWithAnIncompleteKeyIsRejected() {
        assertThatThrownBy(() -> engine.getItem(TABLE, Item.of("pk", s("a"))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The provided key element does not match the schema of table Items: expected [pk, sk], got [pk]");
    }

    @Test
    void writeToAnUnknownTableFailsWithResourceNotFound() {
        assertThatThrownBy(() -> engine.putItem(PutItemRequest.of("Missing", Item.of("pk", s("a")))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessage("Requested resource not found: Table: Missing not found");
    }

    @Test
    void conditionWithAnUndefinedValueIsRejectedBeforeAnythingIsWritten() {
        PutItemRequest request = PutItemRequest.of(TABLE, Item.of("pk", s("undefined"), "sk", s("1")))
                .withCondition("pk <> :other", ExpressionAttributes.NONE);

        assertThatThrownBy(() -> engine.putItem(request))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid ConditionExpression: An expression attribute value used in expression is not defined; "
                        + "attribute value: :other");
        assertThat(engine.getItem(TABLE, Item.of("pk", s("undefined"), "sk", s("1")))).isEmpty();
    }
}
