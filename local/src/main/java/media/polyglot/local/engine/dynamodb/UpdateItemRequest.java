package media.polyglot.local.engine.dynamodb;

import java.util.Objects;
import media.polyglot.local.engine.dynamodb.expression.ExpressionAttributes;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * An UpdateItem: the key of the item to change (created when missing), the update expression, an
 * optional condition, and what to return.
 *
 * @param updateExpression    null to only make sure the item exists
 * @param conditionExpression null for an unconditional update
 */
public record UpdateItemRequest(String tableName, Item key, String updateExpression, String conditionExpression,
                                ExpressionAttributes expressionAttributes, ReturnValue returnValues,
                                boolean returnOldItemOnConditionFailure) {

    public UpdateItemRequest {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(expressionAttributes, "expressionAttributes");
        Objects.requireNonNull(returnValues, "returnValues");
    }

    public static UpdateItemRequest of(String tableName, Item key, String updateExpression, ExpressionAttributes attributes) {
        return new UpdateItemRequest(tableName, key, updateExpression, null, attributes, ReturnValue.NONE, false);
    }

    public UpdateItemRequest withCondition(String expression) {
        return new UpdateItemRequest(tableName, key, updateExpression, expression, expressionAttributes, returnValues,
                returnOldItemOnConditionFailure);
    }

    public UpdateItemRequest returning(ReturnValue values) {
        return new UpdateItemRequest(tableName, key, updateExpression, conditionExpression, expressionAttributes, values,
                returnOldItemOnConditionFailure);
    }

    public UpdateItemRequest returningOldItemOnConditionFailure() {
        return new UpdateItemRequest(tableName, key, updateExpression, conditionExpression, expressionAttributes,
                returnValues, true);
    }
}
