package media.polyglot.local.engine.dynamodb;

import java.util.Objects;
import media.polyglot.local.engine.dynamodb.expression.ExpressionAttributes;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * A DeleteItem: the key of the item to delete, an optional condition, and whether to return the
 * deleted item ({@code ReturnValues} NONE or ALL_OLD).
 *
 * @param conditionExpression null for an unconditional delete
 */
public record DeleteItemRequest(String tableName, Item key, String conditionExpression,
                                ExpressionAttributes expressionAttributes, ReturnValue returnValues,
                                boolean returnOldItemOnConditionFailure) {

    public DeleteItemRequest {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(expressionAttributes, "expressionAttributes");
        Objects.requireNonNull(returnValues, "returnValues");
        returnValues.requireOldOrNone("DeleteItem");
    }

    public static DeleteItemRequest of(String tableName, Item key) {
        return new DeleteItemRequest(tableName, key, null, ExpressionAttributes.NONE, ReturnValue.NONE, false);
    }

    public DeleteItemRequest withCondition(String expression, ExpressionAttributes attributes) {
        return new DeleteItemRequest(tableName, key, expression, attributes, returnValues, returnOldItemOnConditionFailure);
    }

    public DeleteItemRequest returningOldItem() {
        return new DeleteItemRequest(tableName, key, conditionExpression, expressionAttributes, ReturnValue.ALL_OLD,
                returnOldItemOnConditionFailure);
    }

    public DeleteItemRequest returningOldItemOnConditionFailure() {
        return new DeleteItemRequest(tableName, key, conditionExpression, expressionAttributes, returnValues, true);
    }
}
