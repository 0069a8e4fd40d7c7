package media.polyglot.local.engine.dynamodb;

import java.sql.SQLException;
import java.time.Instant;
import media.polyglot.local.engine.dynamodb.sqlite.IndexStore;
import media.polyglot.local.engine.dynamodb.sqlite.SqliteDatabase;
import media.polyglot.local.engine.dynamodb.sqlite.StoredStream;
import media.polyglot.local.engine.dynamodb.sqlite.StoredTable;
import media.polyglot.local.engine.dynamodb.sqlite.StreamStore;

/**
 * UpdateTable: turns the stream on (a new stream, with a new label and ARN) or off (the old stream
 * is disabled and stays readable for 24 hours), creates global secondary indexes (filled from the
 * items already there) and deletes them. Everything happens at once, in one transaction.
 */
final class TableUpdates {

    private final SqliteDatabase database;
    private final TableRegistry tables;
    private final IndexStore indexEntries;
    private final IndexMaintenance indexes;
    private final StreamStore streams;
    private final TableAdmin admin;
    private final ResourceNames names;
    private final EngineSettings settings;

    TableUpdates(SqliteDatabase database, TableRegistry tables, Stores stores, IndexMaintenance indexes, TableAdmin admin,
                 ResourceNames names, EngineSettings settings) {
        this.database = database;
        this.tables = tables;
        this.indexEntries = stores.indexes();
        this.indexes = indexes;
        this.streams = stores.streams();
        this.admin = admin;
        this.names = names;
        this.settings = settings;
    }

    TableDescription update(TableUpdate update) {
        TableDefinition.requireValidTableName(update.tableName());
        try {
            return database.transaction("UpdateTable " + update.tableName(), () -> {
                StoredTable table = tables.require(update.tableName());
                for (String indexName : update.deleteIndexes()) {
                    table = deleteIndex(table, indexName);
                }
                for (SecondaryIndex index : update.createIndexes()) {
                    table = createIndex(table, index);
                }
                if (update.stream() != null) {
                    table = changeStream(table, update.stream());
                }
                return admin.describe(table);
            });
        } finally {
            tables.forget(update.tableName());
        }
    }

    private StoredTable createIndex(StoredTable table, SecondaryIndex index) throws SQLException {
        if (table.definition().index(index.indexName()).isPresent()) {
            throw new ValidationException("One or more parameter values were invalid: Attempting to create an index "
                    + "which already exists: " + index.indexName());
        }
        StoredTable updated = tables.update(table, table.definition().withIndex(index));
        indexes.backfill(updated, index);
        return updated;
    }

    private StoredTable deleteIndex(StoredTable table, String indexName) throws SQLException {
        SecondaryIndex index = table.definition().index(indexName).orElseThrow(() -> new ResourceNotFoundException(
                "Requested resource not found: Index: " + indexName + " not found in table " + table.name()));
        if (index.kind() != IndexKind.GLOBAL) {
            throw new ValidationException("One or more parameter values were invalid: " + indexName
                    + " is a local secondary index, which cannot be deleted");
        }
        indexEntries.deleteAll(table.id(), indexName);
        return tables.update(table, table.definition().withoutIndex(indexName));
    }

    private StoredTable changeStream(StoredTable table, TableUpdate.StreamSetting setting) throws SQLException {
        Instant now = settings.clock().instant();
        if (!setting.enabled()) {
            if (table.stream() == null) {
                throw new ValidationException("One or more parameter values were invalid: the table " + table.name()
                        + " has no enabled stream to disable");
            }
            streams.disable(table.stream().id(), now);
            return tables.setStream(table, null);
        }
        if (table.stream() != null) {
            throw new ValidationException("Table already has an enabled stream: " + names.streamArn(table.stream()));
        }
        StoredStream stream = streams.create(table.id(), table.name(), setting.viewType(), labelTime(table, now));
        return tables.setStream(table, stream);
    }

    /** A new stream's creation time, later than every earlier stream's of the table, so that its label is new. */
    private Instant labelTime(StoredTable table, Instant now) throws SQLException {
        Instant latest = streams.streams(table.name()).stream().map(StoredStream::createdAt)
                .max(Instant::compareTo).orElse(Instant.MIN);
        return now.isAfter(latest) ? now : latest.plusMillis(1);
    }
}
