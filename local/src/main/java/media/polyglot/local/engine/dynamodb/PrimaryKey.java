package media.polyglot.local.engine.dynamodb;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import media.polyglot.local.engine.dynamodb.value.AttributeValue;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * The key of a table or of a secondary index: a partition key and an optional sort key, with a
 * description of whose key it is for error messages ({@code table Orders}, {@code index ByStatus}).
 *
 * @param sortKey null when there is none
 */
record PrimaryKey(String owner, KeyAttribute partitionKey, KeyAttribute sortKey) {

    PrimaryKey {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(partitionKey, "partitionKey");
    }

    boolean isKeyAttribute(String name) {
        return partitionKey.name().equals(name) || (sortKey != null && sortKey.name().equals(name));
    }

    /** The key attributes of {@code item}, without any check; missing ones are left out. */
    Map<String, AttributeValue> valuesOf(Item item) {
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        item.get(partitionKey.name()).ifPresent(value -> values.put(partitionKey.name(), value));
        if (sortKey != null) {
            item.get(sortKey.name()).ifPresent(value -> values.put(sortKey.name(), value));
        }
        return values;
    }
}
