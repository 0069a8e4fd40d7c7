package media.polyglot.local.engine.dynamodb;

import java.util.List;
import java.util.Objects;
import media.polyglot.local.engine.dynamodb.expression.ExpressionAttributes;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * The keys a BatchGetItem reads from one table, and optionally the attributes to return.
 *
 * @param projectionExpression null for whole items
 */
public record BatchGet(String tableName, List<Item> keys, String projectionExpression,
                       ExpressionAttributes expressionAttributes) {

    public BatchGet {
        Objects.requireNonNull(tableName, "tableName");
        keys = List.copyOf(keys);
        Objects.requireNonNull(expressionAttributes, "expressionAttributes");
    }
}
