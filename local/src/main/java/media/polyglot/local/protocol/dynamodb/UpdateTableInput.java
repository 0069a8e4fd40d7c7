package media.polyglot.local.protocol.dynamodb;

import java.util.Map;
import media.polyglot.local.engine.dynamodb.IndexKind;
import media.polyglot.local.engine.dynamodb.ScalarAttributeType;
import media.polyglot.local.engine.dynamodb.StreamViewType;
import media.polyglot.local.engine.dynamodb.TableUpdate;
import media.polyglot.local.engine.dynamodb.ValidationException;

/**
 * Reads an UpdateTable request: StreamSpecification, GlobalSecondaryIndexUpdates (Create with the
 * AttributeDefinitions of its keys, Delete; Update only changes throughput and is accepted),
 * BillingMode and ProvisionedThroughput (accepted, no effect locally). What the engine does not
 * emulate is refused by name.
 */
final class UpdateTableInput {

    private UpdateTableInput() {
    }

    static TableUpdate read(JsonInput input) {
        input.rejectUnsupported("UpdateTable", "ReplicaUpdates", "SSESpecification", "TableClass",
                "DeletionProtectionEnabled");
        input.string("BillingMode");
        TableUpdate update = TableUpdate.of(input.requiredString("TableName"));
        Map<String, ScalarAttributeType> types = KeySchemaInput.attributeTypes(input);
        for (JsonInput change : input.objects("GlobalSecondaryIndexUpdates")) {
            JsonInput create = change.object("Create");
            JsonInput delete = change.object("Delete");
            if (create != null) {
                update = update.creatingIndex(KeySchemaInput.index(create, IndexKind.GLOBAL, types));
            } else if (delete != null) {
                update = update.deletingIndex(delete.requiredString("IndexName"));
            } else if (change.object("Update") == null) {
                throw new ValidationException("A GlobalSecondaryIndexUpdate holds one of Create, Update and Delete");
            }
        }
        JsonInput stream = input.object("StreamSpecification");
        if (stream != null) {
            StreamViewType viewType = StreamSpecificationInput.viewType(stream);
            update = update.withStream(new TableUpdate.StreamSetting(viewType != null, viewType));
        }
        return update;
    }
}
