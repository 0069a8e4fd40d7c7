package media.polyglot.local.protocol.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.dynamodb.DynamoDbEngine;
import media.polyglot.local.engine.dynamodb.TableDescription;
import media.polyglot.local.engine.dynamodb.ValidationException;

/** CreateTable, DescribeTable, UpdateTable, ListTables and DeleteTable on the wire. */
final class TableOperations {

    private static final int MAX_LIST_TABLES = 100;

    private TableOperations() {
    }

    static JsonNode createTable(DynamoDbEngine engine, JsonInput input) {
        TableDescription created = engine.createTable(CreateTableInput.read(input));
        Map<String, String> tags = TagOperations.tags(input);
        if (!tags.isEmpty()) {
            engine.tagResource(created.tableArn(), tags);
        }
        ObjectNode output = Json.object();
        output.set("TableDescription", TableJson.description(created, "ACTIVE"));
        return output;
    }

    static JsonNode describeTable(DynamoDbEngine engine, JsonInput input) {
        ObjectNode output = Json.object();
        output.set("Table", TableJson.description(engine.describeTable(input.requiredString("TableName")), "ACTIVE"));
        return output;
    }

    static JsonNode updateTable(DynamoDbEngine engine, JsonInput input) {
        ObjectNode output = Json.object();
        output.set("TableDescription", TableJson.description(engine.updateTable(UpdateTableInput.read(input)), "ACTIVE"));
        return output;
    }

    static JsonNode deleteTable(DynamoDbEngine engine, JsonInput input) {
        ObjectNode output = Json.object();
        output.set("TableDescription", TableJson.description(engine.deleteTable(input.requiredString("TableName")), "DELETING"));
        return output;
    }

    /** Names in ascending order, after ExclusiveStartTableName, at most Limit (1 to 100) of them. */
    static JsonNode listTables(DynamoDbEngine engine, JsonInput input) {
        String exclusiveStart = input.string("ExclusiveStartTableName");
        Integer limit = input.integer("Limit");
        if (limit != null && (limit < 1 || limit > MAX_LIST_TABLES)) {
            throw new ValidationException("1 validation error detected: Value '" + limit
                    + "' at 'limit' failed to satisfy constraint: Member must have value between 1 and " + MAX_LIST_TABLES);
        }
        int pageSize = limit == null ? MAX_LIST_TABLES : limit;
        List<String> names = engine.listTableNames().stream()
                .filter(name -> exclusiveStart == null || name.compareTo(exclusiveStart) > 0)
                .toList();
        ObjectNode output = Json.object();
        ArrayNode page = output.putArray("TableNames");
        names.stream().limit(pageSize).forEach(page::add);
        if (names.size() > pageSize) {
            output.put("LastEvaluatedTableName", names.get(pageSize - 1));
        }
        return output;
    }
}
