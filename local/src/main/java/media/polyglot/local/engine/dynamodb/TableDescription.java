package media.polyglot.local.engine.dynamodb;

import java.time.Instant;
import java.util.Objects;

/**
 * What DescribeTable reports about a table. The item count is exact here (DynamoDB refreshes its
 * figures about every six hours); the size is the length of the items' stored DynamoDB JSON.
 *
 * @param latestStreamArn   null when the table has no stream
 * @param latestStreamLabel null when the table has no stream
 */
public record TableDescription(TableDefinition definition, String tableArn, String tableId, Instant creationDateTime,
                               long itemCount, long tableSizeBytes, String latestStreamArn, String latestStreamLabel) {

    public TableDescription {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(tableArn, "tableArn");
        Objects.requireNonNull(tableId, "tableId");
        Objects.requireNonNull(creationDateTime, "creationDateTime");
    }

    public String tableName() {
        return definition.tableName();
    }
}
