package media.polyglot.local.engine.dynamodb;

import java.util.Objects;
import media.polyglot.local.engine.dynamodb.expression.ExpressionAttributes;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * A Query: one partition, optionally narrowed on the sort key, read in sort key order, then
 * filtered and projected.
 *
 * @param limit                null to read until the page is full (1 MB)
 * @param exclusiveStartKey    null for the first page; else the previous page's LastEvaluatedKey
 * @param filterExpression     null for no filter
 * @param projectionExpression null for whole items
 * @param select               null for the default selection
 * @param indexName            null to query the table; else the secondary index to query
 */
public record QueryRequest(String tableName, String keyConditionExpression, ExpressionAttributes expressionAttributes,
                           boolean scanIndexForward, Integer limit, Item exclusiveStartKey, String filterExpression,
                           String projectionExpression, Select select, String indexName, boolean consistentRead) {

    public QueryRequest {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(expressionAttributes, "expressionAttributes");
        if (keyConditionExpression == null) {
            throw new ValidationException("Either the KeyConditions or KeyConditionExpression parameter must be specified "
                    + "in the request; table: " + tableName);
        }
        ScanRequest.requireValidLimit(limit);
    }

    public static QueryRequest of(String tableName, String keyConditionExpression, ExpressionAttributes attributes) {
        return new QueryRequest(tableName, keyConditionExpression, attributes, true, null, null, null, null, null, null, false);
    }

    public QueryRequest backward() {
        return new QueryRequest(tableName, keyConditionExpression, expressionAttributes, false, limit, exclusiveStartKey,
                filterExpression, projectionExpression, select, indexName, consistentRead);
    }

    public QueryRequest withLimit(int pageSize) {
        return new QueryRequest(tableName, keyConditionExpression, expressionAttributes, scanIndexForward, pageSize,
                exclusiveStartKey, filterExpression, projectionExpression, select, indexName, consistentRead);
    }

    public QueryRequest startingAfter(Item lastEvaluatedKey) {
        return new QueryRequest(tableName, keyConditionExpression, expressionAttributes, scanIndexForward, limit,
                lastEvaluatedKey, filterExpression, projectionExpression, select, indexName, consistentRead);
    }

    public QueryRequest filtering(String expression) {
        return new QueryRequest(tableName, keyConditionExpression, expressionAttributes, scanIndexForward, limit,
                exclusiveStartKey, expression, projectionExpression, select, indexName, consistentRead);
    }

    public QueryRequest projecting(String expression) {
        return new QueryRequest(tableName, keyConditionExpression, expressionAttributes, scanIndexForward, limit,
                exclusiveStartKey, filterExpression, expression, select, indexName, consistentRead);
    }

    public QueryRequest selecting(Select selection) {
        return new QueryRequest(tableName, keyConditionExpression, expressionAttributes, scanIndexForward, limit,
                exclusiveStartKey, filterExpression, projectionExpression, selection, indexName, consistentRead);
    }

    public QueryRequest onIndex(String index) {
        return new QueryRequest(tableName, keyConditionExpression, expressionAttributes, scanIndexForward, limit,
                exclusiveStartKey, filterExpression, projectionExpression, select, index, consistentRead);
    }

    public QueryRequest consistent() {
        return new QueryRequest(tableName, keyConditionExpression, expressionAttributes, scanIndexForward, limit,
                exclusiveStartKey, filterExpression, projectionExpression, select, indexName, true);
    }
}
