package media.polyglot.local.engine.dynamodb.sqlite;

import java.time.Instant;
import java.util.Objects;
import media.polyglot.local.engine.dynamodb.TableDefinition;

/**
 * A table as the engine keeps it: its internal id, definition, DynamoDB table id, creation time
 * and enabled stream.
 *
 * @param stream null when the table's stream is off
 */
public record StoredTable(long id, TableDefinition definition, String tableUuid, Instant createdAt, StoredStream stream) {

    public StoredTable {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(tableUuid, "tableUuid");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public String name() {
        return definition.tableName();
    }
}
