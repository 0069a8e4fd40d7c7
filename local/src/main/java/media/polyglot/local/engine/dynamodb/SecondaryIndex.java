package media.polyglot.local.engine.dynamodb;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import media.polyglot.local.engine.dynamodb.value.AttributeValue;
import media.polyglot.local.engine.dynamodb.value.BinaryValue;
import media.polyglot.local.engine.dynamodb.value.Item;
import media.polyglot.local.engine.dynamodb.value.StringValue;

/**
 * A global or local secondary index: its name, key and projection. Its entries are the table's
 * items that carry its key attributes (an index is sparse), cut to its projection.
 *
 * @param sortKey null when the index has only a partition key (global indexes only)
 */
public record SecondaryIndex(String indexName, IndexKind kind, KeyAttribute partitionKey, KeyAttribute sortKey,
                             IndexProjection projection) {

    private static final Pattern INDEX_NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");

    public SecondaryIndex {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(partitionKey, "partitionKey");
        Objects.requireNonNull(projection, "projection");
        if (indexName == null || !INDEX_NAME.matcher(indexName).matches()) {
            throw new ValidationException("1 validation error detected: Value '" + indexName + "' at 'indexName' failed "
                    + "to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+ and have "
                    + "length between 3 and 255");
        }
        if (kind == IndexKind.LOCAL && sortKey == null) {
            throw new ValidationException("One or more parameter values were invalid: Index KeySchema does not have a "
                    + "range key for index: " + indexName);
        }
        if (sortKey != null && sortKey.name().equals(partitionKey.name())) {
            throw new ValidationException("Invalid KeySchema: Both the Hash Key and the Range Key element in the KeySchema "
                    + "have the same name: " + sortKey.name() + " in index " + indexName);
        }
    }

    public static SecondaryIndex global(String name, KeyAttribute partitionKey, KeyAttribute sortKey,
                                        IndexProjection projection) {
        return new SecondaryIndex(name, IndexKind.GLOBAL, partitionKey, sortKey, projection);
    }

    public static SecondaryIndex local(String name, KeyAttribute partitionKey, KeyAttribute sortKey,
                                       IndexProjection projection) {
        return new SecondaryIndex(name, IndexKind.LOCAL, partitionKey, sortKey, projection);
    }

    PrimaryKey key() {
        return new PrimaryKey("index " + indexName, partitionKey, sortKey);
    }

    /**
     * The index entry of a table item: empty when the item lacks an index key attribute; refused
     * when a key attribute has the wrong type or is an empty string or binary.
     */
    Optional<Item> entryOf(Item item, TableDefinition table) {
        if (item.get(partitionKey.name()).isEmpty() || (sortKey != null && item.get(sortKey.name()).isEmpty())) {
            return Optional.empty();
        }
        requireValidKey(partitionKey, item);
        if (sortKey != null) {
            requireValidKey(sortKey, item);
        }
        return Optional.of(project(item, table));
    }

    /** The attributes of {@code item} this index holds. */
    Item project(Item item, TableDefinition table) {
        if (projection.type() == ProjectionType.ALL) {
            return item;
        }
        Map<String, AttributeValue> projected = new LinkedHashMap<>();
        item.attributes().forEach((name, value) -> {
            if (projects(name, table)) {
                projected.put(name, value);
            }
        });
        return new Item(projected);
    }

    /** Whether the index holds the top-level attribute {@code name}. */
    boolean projects(String name, TableDefinition table) {
        return projection.type() == ProjectionType.ALL || table.primaryKey().isKeyAttribute(name)
                || key().isKeyAttribute(name) || projection.nonKeyAttributes().contains(name);
    }

    private void requireValidKey(KeyAttribute key, Item item) {
        AttributeValue value = item.get(key.name()).orElseThrow();
        if (value.type() != key.type().attributeType()) {
            throw new ValidationException("One or more parameter values were invalid: Type mismatch for Index Key "
                    + key.name() + " Expected: " + key.type() + " Actual: " + value.type() + " IndexName: " + indexName);
        }
        boolean empty = value instanceof StringValue s ? s.value().isEmpty() : value instanceof BinaryValue b && b.length() == 0;
        if (empty) {
            throw new ValidationException("One or more parameter values are not valid. A value specified for a secondary "
                    + "index key is not supported. The AttributeValue for a key attribute cannot contain an empty "
                    + (value instanceof StringValue ? "string" : "binary") + " value. IndexName: " + indexName
                    + ", IndexKey: " + key.name());
        }
    }
}
