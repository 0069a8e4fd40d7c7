package media.polyglot.local.protocol.dynamodb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import media.polyglot.local.engine.dynamodb.IndexKind;
import media.polyglot.local.engine.dynamodb.IndexProjection;
import media.polyglot.local.engine.dynamodb.KeyAttribute;
import media.polyglot.local.engine.dynamodb.ProjectionType;
import media.polyglot.local.engine.dynamodb.ScalarAttributeType;
import media.polyglot.local.engine.dynamodb.SecondaryIndex;
import media.polyglot.local.engine.dynamodb.ValidationException;

/**
 * Reads the parts CreateTable and UpdateTable share: AttributeDefinitions, a KeySchema (a HASH key
 * and optionally a RANGE key, each defined in AttributeDefinitions) and a secondary index's
 * definition with its Projection.
 */
final class KeySchemaInput {

    /** A key schema read: the partition key and the sort key (null when there is none). */
    record Keys(KeyAttribute partitionKey, KeyAttribute sortKey) {
    }

    private KeySchemaInput() {
    }

    static Map<String, ScalarAttributeType> attributeTypes(JsonInput input) {
        Map<String, ScalarAttributeType> types = new LinkedHashMap<>();
        for (JsonInput definition : input.objects("AttributeDefinitions")) {
            types.put(definition.requiredString("AttributeName"),
                    definition.enumValue("AttributeType", ScalarAttributeType.class, null));
        }
        return types;
    }

    static Keys keys(JsonInput input, Map<String, ScalarAttributeType> types) {
        List<JsonInput> keySchema = input.objects("KeySchema");
        if (keySchema.isEmpty() || keySchema.size() > 2) {
            throw new ValidationException("1 validation error detected: Value at 'keySchema' failed to satisfy constraint: "
                    + "Member must have length between 1 and 2, but has " + keySchema.size());
        }
        return new Keys(key(keySchema.get(0), "HASH", types),
                keySchema.size() == 2 ? key(keySchema.get(1), "RANGE", types) : null);
    }

    static SecondaryIndex index(JsonInput input, IndexKind kind, Map<String, ScalarAttributeType> types) {
        String name = input.requiredString("IndexName");
        Keys keys = keys(input, types);
        JsonInput projection = input.requiredObject("Projection");
        ProjectionType type = projection.enumValue("ProjectionType", ProjectionType.class, ProjectionType.ALL);
        List<String> nonKey = new ArrayList<>();
        JsonInput.strings(projection, "NonKeyAttributes").forEach(nonKey::add);
        return new SecondaryIndex(name, kind, keys.partitionKey(), keys.sortKey(), new IndexProjection(type, nonKey));
    }

    /** AttributeDefinitions must define the key attributes and nothing else. */
    static void requireOnlyKeysDefined(Map<String, ScalarAttributeType> types, Set<String> keyNames) {
        if (!keyNames.containsAll(types.keySet())) {
            throw new ValidationException("One or more parameter values were invalid: Number of attributes in KeySchema "
                    + "does not exactly match number of attributes defined in AttributeDefinitions");
        }
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
}
