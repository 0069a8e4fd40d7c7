package media.polyglot.local.engine.dynamodb;

import java.util.Objects;
import media.polyglot.local.engine.dynamodb.expression.ExpressionAttributes;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * A GetItem: the key, and optionally the attributes to return. Every read of the engine is
 * strongly consistent, so ConsistentRead needs no field.
 *
 * @param projectionExpression null for the whole item
 */
public record GetItemRequest(String tableName, Item key, String projectionExpression,
                             ExpressionAttributes expressionAttributes) {

    public GetItemRequest {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(expressionAttributes, "expressionAttributes");
    }

    public static GetItemRequest of(String tableName, Item key) {
        return new GetItemRequest(tableName, key, null, ExpressionAttributes.NONE);
    }

    public GetItemRequest projecting(String expression, ExpressionAttributes attributes) {
        return new GetItemRequest(tableName, key, expression, attributes);
    }
}
