package media.polyglot.local.protocol.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import media.polyglot.local.engine.dynamodb.DynamoDbEngine;
import media.polyglot.local.engine.dynamodb.TransactWriteItem;
import media.polyglot.local.engine.dynamodb.ValidationException;

/** TransactWriteItems on the wire, with its ClientRequestToken (which the SDKs always send). */
final class TransactOperations {

    private static final List<String> ACTIONS = List.of("Put", "Delete", "ConditionCheck", "Update");

    private TransactOperations() {
    }

    static JsonNode transactWriteItems(DynamoDbEngine engine, JsonInput input) {
        List<TransactWriteItem> actions = new ArrayList<>();
        for (JsonInput element : input.objects("TransactItems")) {
            actions.add(action(element));
        }
        engine.transactWriteItems(actions, input.string("ClientRequestToken"));
        return Json.object();
    }

    private static TransactWriteItem action(JsonInput element) {
        List<String> present = ACTIONS.stream().filter(element::has).toList();
        if (present.size() != 1) {
            throw new ValidationException("TransactItems can only contain one of Check, Put, Update or Delete; found "
                    + present);
        }
        String kind = present.get(0);
        JsonInput action = element.requiredObject(kind);
        String table = action.requiredString("TableName");
        String condition = action.string("ConditionExpression");
        boolean returnOld = ReturnValues.onConditionFailure(action);
        return switch (kind) {
            case "Put" -> new TransactWriteItem.Put(table, action.requiredItem("Item"), condition,
                    action.expressionAttributes(), returnOld);
            case "Delete" -> new TransactWriteItem.Delete(table, action.requiredItem("Key"), condition,
                    action.expressionAttributes(), returnOld);
            case "ConditionCheck" -> new TransactWriteItem.ConditionCheck(table, action.requiredItem("Key"),
                    action.requiredString("ConditionExpression"), action.expressionAttributes(), returnOld);
            default -> new TransactWriteItem.Update(table, action.requiredItem("Key"),
                    action.requiredString("UpdateExpression"), condition, action.expressionAttributes(), returnOld);
        };
    }
}
