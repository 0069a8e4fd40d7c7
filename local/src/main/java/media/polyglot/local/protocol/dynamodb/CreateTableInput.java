package media.polyglot.local.protocol.dynamodb;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.dynamodb.KeyAttribute;
import media.polyglot.local.engine.dynamodb.ScalarAttributeType;
import media.polyglot.local.engine.dynamodb.StreamViewType;
import media.polyglot.local.engine.dynamodb.TableDefinition;
import media.polyglot.local.engine.dynamodb.ValidationException;

/**
 * Reads a CreateTable request into a {@link TableDefinition}: the key schema must be a HASH key and
 * optionally a RANGE key, each defined exactly once in AttributeDefinitions. Billing and throughput
 * settings are accepted and have no effect locally; secondary indexes are refused until the engine has them.
 */
final class CreateTableInput {

    private CreateTableInput() {
    }

    static TableDefinition read(JsonInput input) {
        input.rejectUnsupported("CreateTable", "GlobalSecondaryIndexes", "LocalSecondaryIndexes");
        String tableName = input.requiredString("TableName");
        Map<String, ScalarAttributeType> types = attributeTypes(input);
        List<JsonInput> keySchema = input.objects("KeySchema");
        if (keySchema.isEmpty() || keySchema.size() > 2) {
            throw new ValidationException("1 validation error detected: Value at 'keySchema' failed to satisfy constraint: "
                    + "Member must have length between 1 and 2, but has " + keySchema.size());
        }
        if (keySchema.size() != types.size()) {
            throw new ValidationException("One or more parameter values were invalid: Number of attributes in KeySchema "
                    + "does not exactly match number of attributes defined in AttributeDefinitions");
        }
        KeyAttribute partitionKey = key(keySchema.get(0), "HASH", types);
        KeyAttribute sortKey = keySchema.size() == 2 ? key(keySchema.get(1), "RANGE", types) : null;
        return new TableDefinition(tableName, partitionKey, sortKey, streamViewType(input), null);
    }

    private static Map<String, ScalarAttributeType> attributeTypes(JsonInput input) {
        Map<String, ScalarAttributeType> types = new LinkedHashMap<>();
        for (JsonInput definition : input.objects("AttributeDefinitions")) {
            types.put(definition.requiredString("AttributeName"),
                    definition.enumValue("AttributeType", ScalarAttributeType.class, null));
        }
        return types;
    }

    private static KeyAttribute key(JsonInput element, String keyType, Map<String, ScalarAttributeType> types) {
        String name = element.requiredString("AttributeName");
        String actualKeyType = element.requiredString("KeyType");
        if (!actualKeyType.equals(keyType)) {
            throw new ValidationException("Invalid KeySchema: The " + ("HASH".equals(keyType) ? "first" : "second")
                    + " KeySchemaElement is not a " + keyType + " key type: " + name + " is " + actualKeyType);
        }
        ScalarAttributeType type = types.get(name);
        if (type == null) {
            throw new ValidationException("One or more parameter values were invalid: Some index key attributes are not "
                    + "defined in AttributeDefinitions. Keys: [" + name + "], AttributeDefinitions: " + types.keySet());
        }
        return new KeyAttribute(name, type);
    }

    private static StreamViewType streamViewType(JsonInput input) {
        JsonInput stream = input.object("StreamSpecification");
        if (stream == null || !stream.bool("StreamEnabled", false)) {
            return null;
        }
        StreamViewType viewType = stream.enumValue("StreamViewType", StreamViewType.class, null);
        if (viewType == null) {
            throw new ValidationException("One or more parameter values were invalid: "
                    + "StreamViewType is required when StreamEnabled is true");
        }
        return viewType;
    }
}
