package media.polyglot.local.engine.dynamodb;

import java.util.Objects;
import media.polyglot.local.engine.dynamodb.expression.ExpressionAttributes;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * A Scan: every item of the table in key order (or of one segment of a parallel scan), filtered
 * and projected, a page at a time.
 *
 * @param limit         null to read until the page is full (1 MB)
 * @param totalSegments null for a sequential scan; else with {@code segment} from 0 to totalSegments - 1
 * @param indexName     null to scan the table; else the secondary index to scan
 */
public record ScanRequest(String tableName, ExpressionAttributes expressionAttributes, Integer limit,
                          Item exclusiveStartKey, String filterExpression, String projectionExpression, Select select,
                          Integer segment, Integer totalSegments, String indexName, boolean consistentRead) {

    private static final int MAX_SEGMENTS = 1_000_000;

    public ScanRequest {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(expressionAttributes, "expressionAttributes");
        requireValidLimit(limit);
        if (totalSegments != null && (totalSegments < 1 || totalSegments > MAX_SEGMENTS)) {
            throw new ValidationException("1 validation error detected: Value '" + totalSegments + "' at 'totalSegments' "
                    + "failed to satisfy constraint: Member must have value between 1 and " + MAX_SEGMENTS);
        }
        if ((segment == null) != (totalSegments == null)) {
            throw new ValidationException(segment == null
                    ? "The Segment parameter is required but was not present in the request when parameter TotalSegments is present"
                    : "The TotalSegments parameter is required but was not present in the request when Segment parameter is present");
        }
        if (segment != null && (segment < 0 || segment >= totalSegments)) {
            throw new ValidationException("The Segment parameter is zero-based and must be less than parameter TotalSegments: "
                    + "Segment: " + segment + " is out of bounds for TotalSegments: " + totalSegments);
        }
    }

    public static ScanRequest of(String tableName) {
        return new ScanRequest(tableName, ExpressionAttributes.NONE, null, null, null, null, null, null, null, null, false);
    }

    public ScanRequest withExpressions(String filter, String projection, ExpressionAttributes attributes) {
        return new ScanRequest(tableName, attributes, limit, exclusiveStartKey, filter, projection, select, segment,
                totalSegments, indexName, consistentRead);
    }

    public ScanRequest withLimit(int pageSize) {
        return new ScanRequest(tableName, expressionAttributes, pageSize, exclusiveStartKey, filterExpression,
                projectionExpression, select, segment, totalSegments, indexName, consistentRead);
    }

    public ScanRequest startingAfter(Item lastEvaluatedKey) {
        return new ScanRequest(tableName, expressionAttributes, limit, lastEvaluatedKey, filterExpression,
                projectionExpression, select, segment, totalSegments, indexName, consistentRead);
    }

    public ScanRequest selecting(Select selection) {
        return new ScanRequest(tableName, expressionAttributes, limit, exclusiveStartKey, filterExpression,
                projectionExpression, selection, segment, totalSegments, indexName, consistentRead);
    }

    public ScanRequest inSegment(int segmentNumber, int segments) {
        return new ScanRequest(tableName, expressionAttributes, limit, exclusiveStartKey, filterExpression,
                projectionExpression, select, segmentNumber, segments, indexName, consistentRead);
    }

    public ScanRequest onIndex(String index) {
        return new ScanRequest(tableName, expressionAttributes, limit, exclusiveStartKey, filterExpression,
                projectionExpression, select, segment, totalSegments, index, consistentRead);
    }

    public ScanRequest consistent() {
        return new ScanRequest(tableName, expressionAttributes, limit, exclusiveStartKey, filterExpression,
                projectionExpression, select, segment, totalSegments, indexName, true);
    }

    static void requireValidLimit(Integer limit) {
        if (limit != null && limit < 1) {
            throw new ValidationException("1 validation error detected: Value '" + limit
                    + "' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1");
        }
    }
}
