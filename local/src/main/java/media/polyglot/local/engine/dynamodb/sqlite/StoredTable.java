package media.polyglot.local.engine.dynamodb.sqlite;

import java.time.Instant;
import java.util.Objects;
import media.polyglot.local.engine.dynamodb.TableDefinition;

/** A table as the engine keeps it: its internal id, definition, DynamoDB table id and creation time. */
public record StoredTable(long id, TableDefinition definition, String tableUuid, Instant createdAt) {

    public StoredTable {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(tableUuid, "tableUuid");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public String name() {
        return definition.tableName();
    }
}
