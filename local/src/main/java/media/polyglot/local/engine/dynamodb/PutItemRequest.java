package media.polyglot.local.engine.dynamodb;

import java.util.Objects;
import media.polyglot.local.engine.dynamodb.expression.ExpressionAttributes;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * A PutItem: the item to write, and optionally a condition it must pass.
 *
 * @param conditionExpression            null for an unconditional put
 * @param returnOldItemOnConditionFailure whether a failed condition reports the item it failed on
 *                                       ({@code ReturnValuesOnConditionCheckFailure = ALL_OLD})
 */
public record PutItemRequest(String tableName, Item item, String conditionExpression,
                             ExpressionAttributes expressionAttributes, boolean returnOldItemOnConditionFailure) {

    public PutItemRequest {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(expressionAttributes, "expressionAttributes");
    }

    public static PutItemRequest of(String tableName, Item item) {
        return new PutItemRequest(tableName, item, null, ExpressionAttributes.NONE, false);
    }

    public PutItemRequest withCondition(String expression, ExpressionAttributes attributes) {
        return new PutItemRequest(tableName, item, expression, attributes, returnOldItemOnConditionFailure);
    }

    public PutItemRequest returningOldItemOnConditionFailure() {
        return new PutItemRequest(tableName, item, conditionExpression, expressionAttributes, true);
    }
}
