package media.polyglot.local.engine.dynamodb;

import java.util.Objects;
import media.polyglot.local.engine.dynamodb.expression.ExpressionAttributes;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * A Query: one partition, optionally narrowed on the sort key, read in sort key order.
 *
 * @param limit             null to read the whole partition
 * @param exclusiveStartKey null for the first page; else the previous page's LastEvaluatedKey
 */
public record QueryRequest(String tableName, String keyConditionExpression, ExpressionAttributes expressionAttributes,
                           boolean scanIndexForward, Integer limit, Item exclusiveStartKey) {

    public QueryRequest {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(expressionAttributes, "expressionAttributes");
        if (keyConditionExpression == null) {
            throw new ValidationException("Either the KeyConditions or KeyConditionExpression parameter must be specified "
                    + "in the request; table: " + tableName);
        }
        if (limit != null && limit < 1) {
            throw new ValidationException("1 validation error detected: Value '" + limit
                    + "' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1");
        }
    }

    public static QueryRequest of(String tableName, String keyConditionExpression, ExpressionAttributes attributes) {
        return new QueryRequest(tableName, keyConditionExpression, attributes, true, null, null);
    }

    public QueryRequest backward() {
        return new QueryRequest(tableName, keyConditionExpression, expressionAttributes, false, limit, exclusiveStartKey);
    }

    public QueryRequest withLimit(int pageSize) {
        return new QueryRequest(tableName, keyConditionExpression, expressionAttributes, scanIndexForward, pageSize,
                exclusiveStartKey);
    }

    public QueryRequest startingAfter(Item lastEvaluatedKey) {
        return new QueryRequest(tableName, keyConditionExpression, expressionAttributes, scanIndexForward, limit,
                lastEvaluatedKey);
    }
}
