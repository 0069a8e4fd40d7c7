package media.polyglot.local.engine.dynamodb;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import media.polyglot.local.engine.dynamodb.sqlite.EncodedKey;
import media.polyglot.local.engine.dynamodb.sqlite.KeyCodec;
import media.polyglot.local.engine.dynamodb.value.AttributeValue;
import media.polyglot.local.engine.dynamodb.value.BinaryValue;
import media.polyglot.local.engine.dynamodb.value.Item;
import media.polyglot.local.engine.dynamodb.value.ItemSize;
import media.polyglot.local.engine.dynamodb.value.StringValue;

/**
 * A table's key rules: an item to write must carry its key attributes with the right types and
 * non-empty values, within DynamoDB's sizes; a key to read or delete must be exactly the key attributes.
 */
final class KeySchema {

    private static final int MAX_PARTITION_KEY_BYTES = 2048;
    private static final int MAX_SORT_KEY_BYTES = 1024;

    private final TableDefinition definition;

    KeySchema(TableDefinition definition) {
        this.definition = definition;
    }

    /** The key of an item about to be written, after checking the item against the table's rules. */
    Item keyOfItem(Item item) {
        if (ItemSize.of(item) > ItemSize.MAX_ITEM_BYTES) {
            throw new ValidationException("Item size has exceeded the maximum allowed size of 400 KB in table "
                    + definition.tableName());
        }
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        key.put(definition.partitionKey().name(), keyValue(definition.partitionKey(), item, MAX_PARTITION_KEY_BYTES));
        if (definition.sortKey() != null) {
            key.put(definition.sortKey().name(), keyValue(definition.sortKey(), item, MAX_SORT_KEY_BYTES));
        }
        return new Item(key);
    }

    /** A key given to GetItem, DeleteItem or ConditionCheck: the key attributes and nothing else. */
    Item requireKey(Item key) {
        int expected = definition.sortKey() == null ? 1 : 2;
        if (key.attributes().size() != expected || !key.attributes().containsKey(definition.partitionKey().name())
                || (definition.sortKey() != null && !key.attributes().containsKey(definition.sortKey().name()))) {
            throw new ValidationException("The provided key element does not match the schema of table "
                    + definition.tableName() + ": expected " + keyNames() + ", got " + key.attributes().keySet());
        }
        return keyOfItem(key);
    }

    EncodedKey encode(Item key) {
        byte[] partition = KeyCodec.encode(key.attributes().get(definition.partitionKey().name()));
        byte[] sort = definition.sortKey() == null ? new byte[0]
                : KeyCodec.encode(key.attributes().get(definition.sortKey().name()));
        return new EncodedKey(partition, sort);
    }

    private AttributeValue keyValue(KeyAttribute attribute, Item item, int maxBytes) {
        AttributeValue value = item.get(attribute.name()).orElseThrow(() -> new ValidationException(
                "One or more parameter values were invalid: Missing the key " + attribute.name() + " in the item"));
        if (value.type() != attribute.type().attributeType()) {
            throw new ValidationException("One or more parameter values were invalid: Type mismatch for key "
                    + attribute.name() + " expected: " + attribute.type() + " actual: " + value.type());
        }
        int bytes = value instanceof StringValue s ? s.value().getBytes(StandardCharsets.UTF_8).length
                : value instanceof BinaryValue b ? b.length() : 1;
        if (bytes == 0) {
            throw new ValidationException("One or more parameter values are not valid. The AttributeValue for a key "
                    + "attribute cannot contain an empty " + (value instanceof StringValue ? "string" : "binary")
                    + " value. Key: " + attribute.name());
        }
        if (bytes > maxBytes) {
            throw new ValidationException("One or more parameter values were invalid: Size of key " + attribute.name()
                    + " has exceeded the maximum size limit of " + maxBytes + " bytes");
        }
        return value;
    }

    private String keyNames() {
        return definition.sortKey() == null ? "[" + definition.partitionKey().name() + "]"
                : "[" + definition.partitionKey().name() + ", " + definition.sortKey().name() + "]";
    }
}
