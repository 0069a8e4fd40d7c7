package media.polyglot.local.protocol.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import media.polyglot.local.engine.dynamodb.DynamoDbEngine;
import media.polyglot.local.engine.dynamodb.QueryRequest;
import media.polyglot.local.engine.dynamodb.QueryResult;
import media.polyglot.local.engine.dynamodb.ScanRequest;
import media.polyglot.local.engine.dynamodb.Select;
import media.polyglot.local.engine.dynamodb.value.AttributeValueJson;

/**
 * Query and Scan on the wire, of tables and indexes. The legacy parameters (KeyConditions,
 * QueryFilter, ScanFilter, AttributesToGet, ConditionalOperator) are refused by name; reads are
 * always consistent here, but ConsistentRead on a global index is refused, as DynamoDB refuses it.
 */
final class ReadOperations {

    private ReadOperations() {
    }

    static JsonNode query(DynamoDbEngine engine, JsonInput input) {
        input.rejectUnsupported("Query", "KeyConditions", "QueryFilter", "AttributesToGet", "ConditionalOperator");
        QueryResult result = engine.query(new QueryRequest(input.requiredString("TableName"),
                input.string("KeyConditionExpression"), input.expressionAttributes(), input.bool("ScanIndexForward", true),
                input.integer("Limit"), input.item("ExclusiveStartKey"), input.string("FilterExpression"),
                input.string("ProjectionExpression"), input.enumValue("Select", Select.class, null),
                input.string("IndexName"), input.bool("ConsistentRead", false)));
        return page(result);
    }

    static JsonNode scan(DynamoDbEngine engine, JsonInput input) {
        input.rejectUnsupported("Scan", "ScanFilter", "AttributesToGet", "ConditionalOperator");
        QueryResult result = engine.scan(new ScanRequest(input.requiredString("TableName"), input.expressionAttributes(),
                input.integer("Limit"), input.item("ExclusiveStartKey"), input.string("FilterExpression"),
                input.string("ProjectionExpression"), input.enumValue("Select", Select.class, null),
                input.integer("Segment"), input.integer("TotalSegments"), input.string("IndexName"),
                input.bool("ConsistentRead", false)));
        return page(result);
    }

    /** Items is left out when Select is COUNT, as DynamoDB does. */
    private static ObjectNode page(QueryResult result) {
        ObjectNode output = Json.object();
        if (!result.items().isEmpty() || result.count() == 0) {
            ArrayNode items = output.putArray("Items");
            result.items().forEach(item -> items.add(Json.item(item)));
        }
        output.put("Count", result.count());
        output.put("ScannedCount", result.scannedCount());
        result.lastEvaluatedKeyIfAny().ifPresent(key -> output.set("LastEvaluatedKey", AttributeValueJson.writeItem(key)));
        return output;
    }
}
