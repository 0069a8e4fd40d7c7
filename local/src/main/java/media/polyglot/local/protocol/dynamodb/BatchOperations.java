package media.polyglot.local.protocol.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import media.polyglot.local.engine.dynamodb.BatchGet;
import media.polyglot.local.engine.dynamodb.BatchGetResult;
import media.polyglot.local.engine.dynamodb.BatchWrite;
import media.polyglot.local.engine.dynamodb.DynamoDbEngine;
import media.polyglot.local.engine.dynamodb.GetItemRequest;
import media.polyglot.local.engine.dynamodb.ValidationException;
import media.polyglot.local.engine.dynamodb.value.AttributeValueJson;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * BatchGetItem, BatchWriteItem and TransactGetItems on the wire. UnprocessedKeys holds what did
 * not fit in BatchGetItem's 16 MB, as a KeysAndAttributes to send again; UnprocessedItems is always empty.
 */
final class BatchOperations {

    private BatchOperations() {
    }

    static JsonNode batchGetItem(DynamoDbEngine engine, JsonInput input) {
        JsonInput requestItems = input.requiredObject("RequestItems");
        List<BatchGet> reads = new ArrayList<>();
        for (String table : requestItems.memberNames()) {
            JsonInput keysAndAttributes = requestItems.requiredObject(table);
            keysAndAttributes.rejectUnsupported("BatchGetItem", "AttributesToGet");
            keysAndAttributes.bool("ConsistentRead", false);
            reads.add(new BatchGet(table, keysAndAttributes.items("Keys"), keysAndAttributes.string("ProjectionExpression"),
                    keysAndAttributes.expressionAttributes()));
        }
        BatchGetResult result = engine.batchGetItem(reads);
        ObjectNode output = Json.object();
        ObjectNode responses = output.putObject("Responses");
        result.responses().forEach((table, items) -> {
            ArrayNode array = responses.putArray(table);
            items.forEach(item -> array.add(AttributeValueJson.writeItem(item)));
        });
        ObjectNode unprocessed = output.putObject("UnprocessedKeys");
        for (int i = 0; i < reads.size(); i++) {
            BatchGet read = reads.get(i);
            List<Item> keys = result.unprocessedKeys().get(read.tableName());
            if (keys != null) {
                ObjectNode again = unprocessed.putObject(read.tableName());
                ArrayNode array = again.putArray("Keys");
                keys.forEach(key -> array.add(AttributeValueJson.writeItem(key)));
                JsonInput original = requestItems.requiredObject(read.tableName());
                if (read.projectionExpression() != null) {
                    again.put("ProjectionExpression", read.projectionExpression());
                }
                copy(original, again, "ExpressionAttributeNames");
                copy(original, again, "ConsistentRead");
            }
        }
        return output;
    }

    private static void copy(JsonInput from, ObjectNode to, String member) {
        JsonNode value = from.raw(member);
        if (value != null) {
            to.set(member, value);
        }
    }

    static JsonNode batchWriteItem(DynamoDbEngine engine, JsonInput input) {
        JsonInput requestItems = input.requiredObject("RequestItems");
        List<BatchWrite> writes = new ArrayList<>();
        for (String table : requestItems.memberNames()) {
            for (JsonInput request : requestItems.objects(table)) {
                JsonInput put = request.object("PutRequest");
                JsonInput delete = request.object("DeleteRequest");
                if ((put == null) == (delete == null)) {
                    throw new ValidationException("A WriteRequest of table " + table
                            + " holds exactly one of PutRequest and DeleteRequest");
                }
                writes.add(put != null ? new BatchWrite.Put(table, put.requiredItem("Item"))
                        : new BatchWrite.Delete(table, delete.requiredItem("Key")));
            }
        }
        engine.batchWriteItem(writes);
        ObjectNode output = Json.object();
        output.putObject("UnprocessedItems");
        return output;
    }

    static JsonNode transactGetItems(DynamoDbEngine engine, JsonInput input) {
        List<GetItemRequest> gets = new ArrayList<>();
        for (JsonInput element : input.objects("TransactItems")) {
            JsonInput get = element.requiredObject("Get");
            gets.add(new GetItemRequest(get.requiredString("TableName"), get.requiredItem("Key"),
                    get.string("ProjectionExpression"), get.expressionAttributes()));
        }
        List<Optional<Item>> items = engine.transactGetItems(gets);
        ObjectNode output = Json.object();
        ArrayNode responses = output.putArray("Responses");
        items.forEach(item -> {
            ObjectNode response = responses.addObject();
            item.ifPresent(found -> response.set("Item", AttributeValueJson.writeItem(found)));
        });
        return output;
    }
}
