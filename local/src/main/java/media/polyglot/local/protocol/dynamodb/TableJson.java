package media.polyglot.local.protocol.dynamodb;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import media.polyglot.local.engine.dynamodb.IndexDescription;
import media.polyglot.local.engine.dynamodb.IndexKind;
import media.polyglot.local.engine.dynamodb.KeyAttribute;
import media.polyglot.local.engine.dynamodb.SecondaryIndex;
import media.polyglot.local.engine.dynamodb.TableDefinition;
import media.polyglot.local.engine.dynamodb.TableDescription;

/** Renders a table as the {@code TableDescription} structure of CreateTable, DescribeTable, UpdateTable and DeleteTable. */
final class TableJson {

    private TableJson() {
    }

    static ObjectNode description(TableDescription table, String status) {
        TableDefinition definition = table.definition();
        ObjectNode json = Json.object();
        ArrayNode attributes = json.putArray("AttributeDefinitions");
        definition.keyAttributes().forEach(key -> attributes.add(attributeDefinition(key)));
        json.put("TableName", definition.tableName());
        json.set("KeySchema", keySchema(definition.partitionKey(), definition.sortKey()));
        json.put("TableStatus", status);
        json.put("CreationDateTime", Json.epochSeconds(table.creationDateTime()));
        json.set("ProvisionedThroughput", throughput());
        json.put("TableSizeBytes", table.tableSizeBytes());
        json.put("ItemCount", table.itemCount());
        json.put("TableArn", table.tableArn());
        json.put("TableId", table.tableId());
        ObjectNode billing = json.putObject("BillingModeSummary");
        billing.put("BillingMode", "PAY_PER_REQUEST");
        billing.put("LastUpdateToPayPerRequestDateTime", Json.epochSeconds(table.creationDateTime()));
        indexes(json, table, IndexKind.LOCAL, "LocalSecondaryIndexes");
        indexes(json, table, IndexKind.GLOBAL, "GlobalSecondaryIndexes");
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

    static ArrayNode keySchema(KeyAttribute partitionKey, KeyAttribute sortKey) {
        ArrayNode keySchema = Json.array();
        keySchema.add(keySchemaElement(partitionKey, "HASH"));
        if (sortKey != null) {
            keySchema.add(keySchemaElement(sortKey, "RANGE"));
        }
        return keySchema;
    }

    private static void indexes(ObjectNode json, TableDescription table, IndexKind kind, String member) {
        ArrayNode array = null;
        for (IndexDescription described : table.indexes()) {
            SecondaryIndex index = described.index();
            if (index.kind() != kind) {
                continue;
            }
            if (array == null) {
                array = json.putArray(member);
            }
            ObjectNode entry = array.addObject();
            entry.put("IndexName", index.indexName());
            entry.set("KeySchema", keySchema(index.partitionKey(), index.sortKey()));
            ObjectNode projection = entry.putObject("Projection");
            projection.put("ProjectionType", index.projection().type().name());
            if (!index.projection().nonKeyAttributes().isEmpty()) {
                ArrayNode nonKey = projection.putArray("NonKeyAttributes");
                index.projection().nonKeyAttributes().forEach(nonKey::add);
            }
            if (kind == IndexKind.GLOBAL) {
                entry.put("IndexStatus", "ACTIVE");
                entry.set("ProvisionedThroughput", throughput());
            }
            entry.put("IndexSizeBytes", described.indexSizeBytes());
            entry.put("ItemCount", described.itemCount());
            entry.put("IndexArn", described.indexArn());
        }
    }

    private static ObjectNode throughput() {
        ObjectNode throughput = Json.object();
        throughput.put("NumberOfDecreasesToday", 0);
        throughput.put("ReadCapacityUnits", 0);
        throughput.put("WriteCapacityUnits", 0);
        return throughput;
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
