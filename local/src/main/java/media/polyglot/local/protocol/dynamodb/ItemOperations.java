package media.polyglot.local.protocol.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import media.polyglot.local.engine.dynamodb.DynamoDbEngine;
import media.polyglot.local.engine.dynamodb.PutItemRequest;
import media.polyglot.local.engine.dynamodb.QueryRequest;
import media.polyglot.local.engine.dynamodb.QueryResult;
import media.polyglot.local.engine.dynamodb.ValidationException;
import media.polyglot.local.engine.dynamodb.value.AttributeValueJson;
import media.polyglot.local.engine.dynamodb.value.Item;

/** PutItem, GetItem and Query on the wire. */
final class ItemOperations {

    private ItemOperations() {
    }

    static JsonNode putItem(DynamoDbEngine engine, JsonInput input) {
        input.rejectUnsupported("PutItem", "Expected", "ConditionalOperator");
        boolean returnOld = ReturnValues.wantsOldItem(input, "ReturnValues");
        PutItemRequest request = new PutItemRequest(input.requiredString("TableName"), input.requiredItem("Item"),
                input.string("ConditionExpression"), input.expressionAttributes(),
                ReturnValues.wantsOldItem(input, "ReturnValuesOnConditionCheckFailure"));
        Optional<Item> old = engine.putItem(request);
        ObjectNode output = Json.object();
        if (returnOld) {
            old.ifPresent(item -> output.set("Attributes", AttributeValueJson.writeItem(item)));
        }
        return output;
    }

    /** ConsistentRead is accepted and needs nothing: every read of the engine is consistent. */
    static JsonNode getItem(DynamoDbEngine engine, JsonInput input) {
        input.rejectUnsupported("GetItem", "ProjectionExpression", "AttributesToGet", "ExpressionAttributeNames");
        Optional<Item> item = engine.getItem(input.requiredString("TableName"), input.requiredItem("Key"));
        ObjectNode output = Json.object();
        item.ifPresent(found -> output.set("Item", AttributeValueJson.writeItem(found)));
        return output;
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
