package media.polyglot.local.protocol.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import media.polyglot.local.engine.dynamodb.DynamoDbEngine;
import media.polyglot.local.engine.dynamodb.QueryRequest;
import media.polyglot.local.engine.dynamodb.QueryResult;
import media.polyglot.local.engine.dynamodb.ValidationException;
import media.polyglot.local.engine.dynamodb.value.AttributeValueJson;

/** Query and Scan on the wire. */
final class ReadOperations {

    private ReadOperations() {
    }

    static JsonNode query(DynamoDbEngine engine, JsonInput input) {
        input.rejectUnsupported("Query", "IndexName", "FilterExpression", "ProjectionExpression", "AttributesToGet",
                "KeyConditions", "QueryFilter", "ConditionalOperator");
        String select = input.string("Select");
        if (select != null && !select.equals("ALL_ATTRIBUTES") && !select.equals("COUNT")) {
            throw new ValidationException("Select " + select + " is not supported by the local DynamoDB engine's Query yet; "
                    + "use ALL_ATTRIBUTES or COUNT");
        }
        QueryResult result = engine.query(new QueryRequest(input.requiredString("TableName"),
                input.string("KeyConditionExpression"), input.expressionAttributes(),
                input.bool("ScanIndexForward", true), input.integer("Limit"), input.item("ExclusiveStartKey")));
        ObjectNode output = Json.object();
        if (!"COUNT".equals(select)) {
            ArrayNode items = output.putArray("Items");
            result.items().forEach(item -> items.add(AttributeValueJson.writeItem(item)));
        }
        output.put("Count", result.items().size());
        output.put("ScannedCount", result.items().size());
        result.lastEvaluatedKeyIfAny().ifPresent(key -> output.set("LastEvaluatedKey", AttributeValueJson.writeItem(key)));
        return output;
    }
}
