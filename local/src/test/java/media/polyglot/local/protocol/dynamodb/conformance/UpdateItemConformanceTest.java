package media.polyglot.local.protocol.dynamodb.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/** UpdateItem and DeleteItem, with the cases of the Developer Guide's "Using update expressions in DynamoDB". */
class UpdateItemConformanceTest {

    @Nested
    class OnTheLocalEngine extends Cases {
        OnTheLocalEngine() {
            super(ConformanceTarget.LOCAL);
        }
    }

    @Nested
    class OnRealDynamoDb extends Cases {
        OnRealDynamoDb() {
            super(ConformanceTarget.AWS);
        }
    }

    abstract class Cases extends ConformanceTest {

        Cases(ConformanceTarget target) {
            super(target);
        }

        private String table;

        @Override
        void createTables() {
            table = aws.createTable("UpdateItem", null);
        }

        private Map<String, AttributeValue> product(String id) {
            Map<String, AttributeValue> item = new HashMap<>(key(id));
            item.put("ProductCategory", s("Home Improvement"));
            item.put("Price", n("52"));
            item.put("InStock", AttributeValue.fromBool(true));
            item.put("Brand", s("Acme"));
            item.put("RelatedItems", AttributeValue.fromL(List.of(n("341"), n("472"), n("649"))));
            item.put("ProductReviews", AttributeValue.fromM(Map.of("FiveStar", AttributeValue.fromL(List.of(s("Best product ever!"))))));
            item.put("Color", ss("Red", "Green"));
            dynamoDb.putItem(r -> r.tableName(table).item(item));
            return item;
        }

        private Map<String, AttributeValue> update(String id, String expression, Map<String, AttributeValue> values,
                                                   ReturnValue returnValues) {
            return dynamoDb.updateItem(r -> r.tableName(table).key(key(id)).updateExpression(expression)
                    .expressionAttributeValues(values.isEmpty() ? null : values).returnValues(returnValues)).attributes();
        }

        @Test
        @DisplayName("SET adds and replaces attributes; ALL_NEW returns the whole item (Update expressions: SET)")
        void setAddsAndReplacesAttributes() {
            Map<String, AttributeValue> before = product("set");

            Map<String, AttributeValue> after = update("set", "SET ProductCategory = :c, Price = :p",
                    Map.of(":c", s("Hardware"), ":p", n("60")), ReturnValue.ALL_NEW);

            Map<String, AttributeValue> expected = new HashMap<>(before);
            expected.put("ProductCategory", s("Hardware"));
            expected.put("Price", n("60"));
            assertThat(after).isEqualTo(expected);
        }

        @Test
        @DisplayName("SET with + and - does arithmetic on numbers (Update expressions: incrementing and decrementing)")
        void setDecrementsANumber() {
            product("arithmetic");

            Map<String, AttributeValue> updated = update("arithmetic", "SET Price = Price - :p", Map.of(":p", n("15")),
                    ReturnValue.UPDATED_NEW);

            assertThat(updated).isEqualTo(Map.of("Price", n("37")));
        }

        @Test
        @DisplayName("list_append adds elements to a nested list (Update expressions: appending elements to a list)")
        void listAppendAddsToANestedList() {
            product("append");

            Map<String, AttributeValue> updated = dynamoDb.updateItem(r -> r.tableName(table).key(key("append"))
                    .updateExpression("SET #pr.FiveStar = list_append(#pr.FiveStar, :r)")
                    .expressionAttributeNames(Map.of("#pr", "ProductReviews"))
                    .expressionAttributeValues(Map.of(":r", AttributeValue.fromL(List.of(s("Very happy with my purchase")))))
                    .returnValues(ReturnValue.UPDATED_NEW)).attributes();

            assertThat(updated).isEqualTo(Map.of("ProductReviews", AttributeValue.fromM(Map.of("FiveStar",
                    AttributeValue.fromL(List.of(s("Best product ever!"), s("Very happy with my purchase")))))));
        }

        @Test
        @DisplayName("SET past the end of a list appends; REMOVE takes elements out (Update expressions: list elements)")
        void listElementsAreSetAndRemoved() {
            product("list");

            update("list", "SET RelatedItems[10] = :ri", Map.of(":ri", n("900")), ReturnValue.NONE);
            Map<String, AttributeValue> old = update("list", "REMOVE RelatedItems[1], RelatedItems[2]", Map.of(),
                    ReturnValue.UPDATED_OLD);

            assertThat(old).isEqualTo(Map.of("RelatedItems", AttributeValue.fromL(List.of(n("472"), n("649")))));
            assertThat(item("list").get("RelatedItems")).isEqualTo(AttributeValue.fromL(List.of(n("341"), n("900"))));
        }

        @Test
        @DisplayName("REMOVE deletes attributes (Update expressions: REMOVE)")
        void removeDeletesAttributes() {
            product("remove");

            update("remove", "REMOVE Brand, InStock, QuantityOnHand", Map.of(), ReturnValue.NONE);

            assertThat(item("remove")).doesNotContainKeys("Brand", "InStock").containsKey("Price");
        }

        @Test
        @DisplayName("ADD creates a number, adds to it, and unites sets (Update expressions: ADD)")
        void addAddsNumbersAndSetMembers() {
            product("add");

            update("add", "ADD QuantityOnHand :q", Map.of(":q", n("5")), ReturnValue.NONE);
            update("add", "ADD QuantityOnHand :q, Color :c", Map.of(":q", n("-2"), ":c", ss("Orange", "Purple")),
                    ReturnValue.NONE);

            Map<String, AttributeValue> item = item("add");
            assertThat(item.get("QuantityOnHand")).isEqualTo(n("3"));
            assertThat(item.get("Color").ss()).containsExactlyInAnyOrder("Red", "Green", "Orange", "Purple");
        }

        @Test
        @DisplayName("DELETE takes members out of a set, and the set goes when empty (Update expressions: DELETE)")
        void deleteRemovesSetMembers() {
            product("delete");

            update("delete", "DELETE Color :p", Map.of(":p", ss("Red")), ReturnValue.NONE);
            assertThat(item("delete").get("Color")).isEqualTo(ss("Green"));
            update("delete", "DELETE Color :p", Map.of(":p", ss("Green", "Yellow")), ReturnValue.NONE);
            assertThat(item("delete")).doesNotContainKey("Color");
        }

        @Test
        @DisplayName("if_not_exists keeps an existing value (Update expressions: preventing overwrites)")
        void ifNotExistsKeepsAnExistingValue() {
            product("ifnotexists");

            Map<String, AttributeValue> updated = update("ifnotexists", "SET Price = if_not_exists(Price, :p), Stock = "
                    + "if_not_exists(Stock, :p)", Map.of(":p", n("100")), ReturnValue.UPDATED_NEW);

            assertThat(updated).isEqualTo(Map.of("Price", n("52"), "Stock", n("100")));
        }

        @Test
        @DisplayName("UpdateItem creates a missing item from its key (UpdateItem API reference)")
        void updateCreatesAMissingItem() {
            Map<String, AttributeValue> created = update("fresh", "SET Price = :p", Map.of(":p", n("1")), ReturnValue.ALL_NEW);

            assertThat(created).isEqualTo(Map.of("pk", s("fresh"), "Price", n("1")));
        }

        @Test
        @DisplayName("A failed condition writes nothing and can return the item (Condition expressions: conditional updates)")
        void failedConditionReturnsTheItem() {
            Map<String, AttributeValue> before = product("conditional");

            assertThatThrownBy(() -> dynamoDb.updateItem(r -> r.tableName(table).key(key("conditional"))
                    .updateExpression("SET Price = Price - :discount").conditionExpression("Price > :limit")
                    .expressionAttributeValues(Map.of(":discount", n("75"), ":limit", n("500")))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)))
                    .isInstanceOf(ConditionalCheckFailedException.class)
                    .satisfies(e -> assertThat(((ConditionalCheckFailedException) e).item()).isEqualTo(before));
            assertThat(item("conditional")).isEqualTo(before);
        }

        @Test
        @DisplayName("An update may not touch a key attribute (UpdateItem API reference: Key)")
        void keyAttributesCannotBeUpdated() {
            assertThatThrownBy(() -> update("keys", "SET pk = :v", Map.of(":v", s("other")), ReturnValue.NONE))
                    .isInstanceOf(DynamoDbException.class)
                    .hasMessageStartingWith("One or more parameter values were invalid: Cannot update attribute pk. "
                            + "This attribute is part of the key");
        }

        @Test
        @DisplayName("Two actions on overlapping paths are refused (Update expressions)")
        void overlappingPathsAreRefused() {
            assertThatThrownBy(() -> update("overlap", "SET a = :v REMOVE a.b", Map.of(":v", s("x")), ReturnValue.NONE))
                    .isInstanceOf(DynamoDbException.class)
                    .hasMessageStartingWith("Invalid UpdateExpression: Two document paths overlap with each other; must remove "
                            + "or rewrite one of these paths; path one: [a], path two: [a, b]");
        }

        @Test
        @DisplayName("A reserved word must go through ExpressionAttributeNames (Reserved words in DynamoDB)")
        void reservedWordsAreRefused() {
            assertThatThrownBy(() -> update("reserved", "SET Status = :v", Map.of(":v", s("x")), ReturnValue.NONE))
                    .isInstanceOf(DynamoDbException.class)
                    .hasMessageStartingWith("Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: Status");
        }

        @Test
        @DisplayName("Arithmetic on a missing attribute is refused (Update expressions: incrementing and decrementing)")
        void arithmeticOnAMissingAttributeIsRefused() {
            assertThatThrownBy(() -> update("missing", "SET Price = Price + :p", Map.of(":p", n("1")), ReturnValue.NONE))
                    .isInstanceOf(DynamoDbException.class)
                    .hasMessageStartingWith("The provided expression refers to an attribute that does not exist in the item");
        }

        @Test
        @DisplayName("DeleteItem with ALL_OLD returns the deleted item (DeleteItem API reference)")
        void deleteReturnsTheDeletedItem() {
            Map<String, AttributeValue> before = product("deleted");

            Map<String, AttributeValue> old = dynamoDb.deleteItem(r -> r.tableName(table).key(key("deleted"))
                    .conditionExpression("attribute_exists(Price)").returnValues(ReturnValue.ALL_OLD)).attributes();

            assertThat(old).isEqualTo(before);
            assertThat(dynamoDb.getItem(r -> r.tableName(table).key(key("deleted"))).hasItem()).isFalse();
        }

        @Test
        @DisplayName("GetItem returns only the projected paths (Using projection expressions in DynamoDB)")
        void getItemProjectsNestedPaths() {
            product("projected");

            Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).key(key("projected"))
                    .projectionExpression("Price, RelatedItems[0], ProductReviews.FiveStar, Absent")).item();

            assertThat(item).isEqualTo(Map.of("Price", n("52"), "RelatedItems", AttributeValue.fromL(List.of(n("341"))),
                    "ProductReviews", AttributeValue.fromM(Map.of("FiveStar", AttributeValue.fromL(List.of(s("Best product ever!")))))));
        }

        private Map<String, AttributeValue> item(String id) {
            return dynamoDb.getItem(r -> r.tableName(table).key(key(id))).item();
        }
    }
}
