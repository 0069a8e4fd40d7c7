package media.polyglot.local.engine.dynamodb;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What DescribeTable reports about a table. The item counts are exact here (DynamoDB refreshes its
 * figures about every six hours); sizes are the length of the items' stored DynamoDB JSON.
 *
 * @param latestStreamArn   null when the table has no stream
 * @param latestStreamLabel null when the table has no stream
 * @param indexes           one per secondary index, in the order of the definition's
 */
public record TableDescription(TableDefinition definition, String tableArn, String tableId, Instant creationDateTime,
                               long itemCount, long tableSizeBytes, String latestStreamArn, String latestStreamLabel,
                               List<IndexDescription> indexes) {

    public TableDescription {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(tableArn, "tableArn");
        Objects.requireNonNull(tableId, "tableId");
        Objects.requireNonNull(creationDateTime, "creationDateTime");
        indexes = List.copyOf(indexes);
    }

    public String tableName() {
        return definition.tableName();
    }
}
