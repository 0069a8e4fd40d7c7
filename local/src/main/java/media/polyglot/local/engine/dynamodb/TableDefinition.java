package media.polyglot.local.engine.dynamodb;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a table is: its name, partition key, optional sort key, optional stream and optional TTL
 * attribute. Built from a template's {@code AWS::DynamoDB::Table} or from a CreateTable request.
 *
 * @param sortKey          null when the table has only a partition key
 * @param streamViewType   null when the table has no stream
 * @param ttlAttributeName null when the table has no time to live
 */
public record TableDefinition(String tableName, KeyAttribute partitionKey, KeyAttribute sortKey,
                              StreamViewType streamViewType, String ttlAttributeName) {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-zA-Z0-9_.-]+");

    public TableDefinition {
        Objects.requireNonNull(partitionKey, "partitionKey");
        requireValidTableName(tableName);
        if (sortKey != null && sortKey.name().equals(partitionKey.name())) {
            throw new ValidationException("Invalid KeySchema: Both the Hash Key and the Range Key element in the KeySchema "
                    + "have the same name: " + sortKey.name());
        }
    }

    /** A table with only a partition key, no stream and no TTL. */
    public static TableDefinition of(String tableName, KeyAttribute partitionKey) {
        return new TableDefinition(tableName, partitionKey, null, null, null);
    }

    public TableDefinition withSortKey(KeyAttribute key) {
        return new TableDefinition(tableName, partitionKey, key, streamViewType, ttlAttributeName);
    }

    public TableDefinition withStream(StreamViewType viewType) {
        return new TableDefinition(tableName, partitionKey, sortKey, viewType, ttlAttributeName);
    }

    public TableDefinition withTimeToLive(String attributeName) {
        return new TableDefinition(tableName, partitionKey, sortKey, streamViewType, attributeName);
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
}
