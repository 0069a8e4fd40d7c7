package media.polyglot.local.protocol.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import media.polyglot.local.engine.dynamodb.DeleteItemRequest;
import media.polyglot.local.engine.dynamodb.DynamoDbEngine;
import media.polyglot.local.engine.dynamodb.GetItemRequest;
import media.polyglot.local.engine.dynamodb.PutItemRequest;
import media.polyglot.local.engine.dynamodb.ReturnValue;
import media.polyglot.local.engine.dynamodb.UpdateItemRequest;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * PutItem, GetItem, UpdateItem and DeleteItem on the wire. The legacy parameters (Expected,
 * AttributeUpdates, AttributesToGet, ConditionalOperator) are refused by name rather than ignored.
 */
final class ItemOperations {

    private ItemOperations() {
    }

    static JsonNode putItem(DynamoDbEngine engine, JsonInput input) {
        input.rejectUnsupported("PutItem", "Expected", "ConditionalOperator");
        boolean returnOld = ReturnValues.wantsOldItem(input, "PutItem");
        PutItemRequest request = new PutItemRequest(input.requiredString("TableName"), input.requiredItem("Item"),
                input.string("ConditionExpression"), input.expressionAttributes(), ReturnValues.onConditionFailure(input));
        Optional<Item> old = engine.putItem(request);
        return attributes(returnOld ? old : Optional.empty());
    }

    /** ConsistentRead is accepted and needs nothing: every read of the engine is consistent. */
    static JsonNode getItem(DynamoDbEngine engine, JsonInput input) {
        input.rejectUnsupported("GetItem", "AttributesToGet");
        input.bool("ConsistentRead", false);
        Optional<Item> item = engine.getItem(new GetItemRequest(input.requiredString("TableName"), input.requiredItem("Key"),
                input.string("ProjectionExpression"), input.expressionAttributes()));
        ObjectNode output = Json.object();
        item.ifPresent(found -> output.set("Item", Json.item(found)));
        return output;
    }

    static JsonNode updateItem(DynamoDbEngine engine, JsonInput input) {
        input.rejectUnsupported("UpdateItem", "AttributeUpdates", "Expected", "ConditionalOperator");
        UpdateItemRequest request = new UpdateItemRequest(input.requiredString("TableName"), input.requiredItem("Key"),
                input.string("UpdateExpression"), input.string("ConditionExpression"), input.expressionAttributes(),
                ReturnValues.of(input), ReturnValues.onConditionFailure(input));
        return attributes(engine.updateItem(request));
    }

    static JsonNode deleteItem(DynamoDbEngine engine, JsonInput input) {
        input.rejectUnsupported("DeleteItem", "Expected", "ConditionalOperator");
        boolean returnOld = ReturnValues.wantsOldItem(input, "DeleteItem");
        DeleteItemRequest request = new DeleteItemRequest(input.requiredString("TableName"), input.requiredItem("Key"),
                input.string("ConditionExpression"), input.expressionAttributes(),
                returnOld ? ReturnValue.ALL_OLD : ReturnValue.NONE, ReturnValues.onConditionFailure(input));
        return attributes(engine.deleteItem(request));
    }

    private static ObjectNode attributes(Optional<Item> attributes) {
        ObjectNode output = Json.object();
        attributes.ifPresent(item -> output.set("Attributes", Json.item(item)));
        return output;
    }
}
