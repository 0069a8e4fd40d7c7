package media.polyglot.local.engine.dynamodb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a table is: its name, partition key, optional sort key, optional stream, optional TTL
 * attribute and its secondary indexes. Built from a template's {@code AWS::DynamoDB::Table} or
 * from a CreateTable request.
 *
 * @param sortKey          null when the table has only a partition key
 * @param streamViewType   null when the table has no stream
 * @param ttlAttributeName null when the table has no time to live
 * @param indexes          global and local secondary indexes, in the order defined
 */
public record TableDefinition(String tableName, KeyAttribute partitionKey, KeyAttribute sortKey,
                              StreamViewType streamViewType, String ttlAttributeName, List<SecondaryIndex> indexes) {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-zA-Z0-9_.-]+");
    private static final int MAX_GLOBAL_INDEXES = 20;
    private static final int MAX_LOCAL_INDEXES = 5;

    public TableDefinition {
        Objects.requireNonNull(partitionKey, "partitionKey");
        requireValidTableName(tableName);
        indexes = List.copyOf(indexes);
        if (sortKey != null && sortKey.name().equals(partitionKey.name())) {
            throw new ValidationException("Invalid KeySchema: Both the Hash Key and the Range Key element in the KeySchema "
                    + "have the same name: " + sortKey.name());
        }
        requireValidIndexes(partitionKey, sortKey, indexes);
    }

    /** A table without secondary indexes. */
    public TableDefinition(String tableName, KeyAttribute partitionKey, KeyAttribute sortKey,
                           StreamViewType streamViewType, String ttlAttributeName) {
        this(tableName, partitionKey, sortKey, streamViewType, ttlAttributeName, List.of());
    }

    /** A table with only a partition key, no stream, no TTL and no index. */
    public static TableDefinition of(String tableName, KeyAttribute partitionKey) {
        return new TableDefinition(tableName, partitionKey, null, null, null);
    }

    public TableDefinition withSortKey(KeyAttribute key) {
        return new TableDefinition(tableName, partitionKey, key, streamViewType, ttlAttributeName, indexes);
    }

    public TableDefinition withStream(StreamViewType viewType) {
        return new TableDefinition(tableName, partitionKey, sortKey, viewType, ttlAttributeName, indexes);
    }

    public TableDefinition withTimeToLive(String attributeName) {
        return new TableDefinition(tableName, partitionKey, sortKey, streamViewType, attributeName, indexes);
    }

    public TableDefinition withIndex(SecondaryIndex index) {
        List<SecondaryIndex> more = new ArrayList<>(indexes);
        more.add(index);
        return new TableDefinition(tableName, partitionKey, sortKey, streamViewType, ttlAttributeName, more);
    }

    public TableDefinition withoutIndex(String indexName) {
        return new TableDefinition(tableName, partitionKey, sortKey, streamViewType, ttlAttributeName,
                indexes.stream().filter(index -> !index.indexName().equals(indexName)).toList());
    }

    public Optional<SecondaryIndex> index(String indexName) {
        return indexes.stream().filter(index -> index.indexName().equals(indexName)).findFirst();
    }

    /** Every key attribute of the table and its indexes, each once, table keys first. */
    public List<KeyAttribute> keyAttributes() {
        List<KeyAttribute> keys = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<KeyAttribute> candidates = new ArrayList<>();
        candidates.add(partitionKey);
        candidates.add(sortKey);
        indexes.forEach(index -> {
            candidates.add(index.partitionKey());
            candidates.add(index.sortKey());
        });
        for (KeyAttribute key : candidates) {
            if (key != null && seen.add(key.name())) {
                keys.add(key);
            }
        }
        return keys;
    }

    PrimaryKey primaryKey() {
        return new PrimaryKey("table " + tableName, partitionKey, sortKey);
    }

    /** The names and rules are CreateTable's: 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'. */
    static void requireValidTableName(String tableName) {
        if (tableName == null) {
            throw new ValidationException(
                    "1 validation error detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null");
        }
        if (tableName.length() < 3 || tableName.length() > 255) {
            throw new ValidationException("1 validation error detected: Value '" + tableName
                    + "' at 'tableName' failed to satisfy constraint: Member must have length between 3 and 255");
        }
        if (!TABLE_NAME.matcher(tableName).matches()) {
            throw new ValidationException("1 validation error detected: Value '" + tableName
                    + "' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                    + TABLE_NAME.pattern());
        }
    }

    /** CreateTable's rules for indexes ("Service, account, and table quotas" for the counts). */
    private static void requireValidIndexes(KeyAttribute partitionKey, KeyAttribute sortKey, List<SecondaryIndex> indexes) {
        Set<String> names = new HashSet<>();
        Map<String, ScalarAttributeType> types = new HashMap<>();
        types.put(partitionKey.name(), partitionKey.type());
        if (sortKey != null) {
            types.put(sortKey.name(), sortKey.type());
        }
        for (SecondaryIndex index : indexes) {
            if (!names.add(index.indexName())) {
                throw new ValidationException("One or more parameter values were invalid: Duplicate index name: "
                        + index.indexName());
            }
            if (index.kind() == IndexKind.LOCAL) {
                if (sortKey == null) {
                    throw new ValidationException("One or more parameter values were invalid: Table KeySchema does not "
                            + "have a range key, which is required when specifying a LocalSecondaryIndex");
                }
                if (!index.partitionKey().name().equals(partitionKey.name())) {
                    throw new ValidationException("One or more parameter values were invalid: Index KeySchema does not "
                            + "have the same leading hash key as table KeySchema for index: " + index.indexName()
                            + ". index hash key: " + index.partitionKey().name() + ", table hash key: " + partitionKey.name());
                }
            }
            for (KeyAttribute key : new KeyAttribute[] {index.partitionKey(), index.sortKey()}) {
                if (key != null && types.putIfAbsent(key.name(), key.type()) != null && types.get(key.name()) != key.type()) {
                    throw new ValidationException("One or more parameter values were invalid: the attribute " + key.name()
                            + " is defined with two types, " + types.get(key.name()) + " and " + key.type());
                }
            }
        }
        long global = indexes.stream().filter(index -> index.kind() == IndexKind.GLOBAL).count();
        if (global > MAX_GLOBAL_INDEXES) {
            throw new ValidationException("One or more parameter values were invalid: GlobalSecondaryIndex count exceeds "
                    + "the per-table limit of " + MAX_GLOBAL_INDEXES);
        }
        if (indexes.size() - global > MAX_LOCAL_INDEXES) {
            throw new ValidationException("One or more parameter values were invalid: Number of LocalSecondaryIndexes "
                    + "exceeds per-table limit of " + MAX_LOCAL_INDEXES);
        }
    }
}
