package media.polyglot.local.protocol.dynamodb;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import media.polyglot.local.engine.dynamodb.KeyAttribute;
import media.polyglot.local.engine.dynamodb.TableDefinition;
import media.polyglot.local.engine.dynamodb.TableDescription;

/** Renders a table as the {@code TableDescription} structure of CreateTable, DescribeTable and DeleteTable. */
final class TableJson {

    private TableJson() {
    }

    static ObjectNode description(TableDescription table, String status) {
        TableDefinition definition = table.definition();
        ObjectNode json = Json.object();
        ArrayNode attributes = json.putArray("AttributeDefinitions");
        attributes.add(attributeDefinition(definition.partitionKey()));
        if (definition.sortKey() != null) {
            attributes.add(attributeDefinition(definition.sortKey()));
        }
        json.put("TableName", definition.tableName());
        json.set("KeySchema", keySchema(definition));
        json.put("TableStatus", status);
        json.put("CreationDateTime", Json.epochSeconds(table.creationDateTime()));
        ObjectNode throughput = json.putObject("ProvisionedThroughput");
        throughput.put("NumberOfDecreasesToday", 0);
        throughput.put("ReadCapacityUnits", 0);
        throughput.put("WriteCapacityUnits", 0);
        json.put("TableSizeBytes", table.tableSizeBytes());
        json.put("ItemCount", table.itemCount());
        json.put("TableArn", table.tableArn());
        json.put("TableId", table.tableId());
        ObjectNode billing = json.putObject("BillingModeSummary");
        billing.put("BillingMode", "PAY_PER_REQUEST");
        billing.put("LastUpdateToPayPerRequestDateTime", Json.epochSeconds(table.creationDateTime()));
        if (definition.streamViewType() != null) {
            ObjectNode stream = json.putObject("StreamSpecification");
            stream.put("StreamEnabled", true);
            stream.put("StreamViewType", definition.streamViewType().name());
            json.put("LatestStreamLabel", table.latestStreamLabel());
            json.put("LatestStreamArn", table.latestStreamArn());
        }
        json.put("DeletionProtectionEnabled", false);
        return json;
    }

    static ArrayNode keySchema(TableDefinition definition) {
        ArrayNode keySchema = Json.array();
        keySchema.add(keySchemaElement(definition.partitionKey(), "HASH"));
        if (definition.sortKey() != null) {
            keySchema.add(keySchemaElement(definition.sortKey(), "RANGE"));
        }
        return keySchema;
    }

    private static ObjectNode attributeDefinition(KeyAttribute key) {
        ObjectNode json = Json.object();
        json.put("AttributeName", key.name());
        json.put("AttributeType", key.type().name());
        return json;
    }

    private static ObjectNode keySchemaElement(KeyAttribute key, String keyType) {
        ObjectNode json = Json.object();
        json.put("AttributeName", key.name());
        json.put("KeyType", keyType);
        return json;
    }
}
