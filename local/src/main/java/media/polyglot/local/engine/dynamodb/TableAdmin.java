package media.polyglot.local.engine.dynamodb;

import java.sql.SQLException;
import java.util.List;
import media.polyglot.local.engine.dynamodb.sqlite.ItemStore;
import media.polyglot.local.engine.dynamodb.sqlite.SqliteDatabase;
import media.polyglot.local.engine.dynamodb.sqlite.StoredTable;
import media.polyglot.local.engine.dynamodb.sqlite.StreamStore;

/** CreateTable, DescribeTable, ListTables and DeleteTable. Tables are ACTIVE as soon as they are created. */
final class TableAdmin {

    private final SqliteDatabase database;
    private final TableRegistry tables;
    private final ItemStore items;
    private final StreamStore streams;
    private final ResourceNames names;
    private final EngineSettings settings;

    TableAdmin(SqliteDatabase database, TableRegistry tables, ItemStore items, StreamStore streams,
               ResourceNames names, EngineSettings settings) {
        this.database = database;
        this.tables = tables;
        this.items = items;
        this.streams = streams;
        this.names = names;
        this.settings = settings;
    }

    TableDescription create(TableDefinition definition) {
        return database.transaction("CreateTable " + definition.tableName(),
                () -> describe(tables.create(definition, settings.clock().instant())));
    }

    TableDescription describe(String tableName) {
        TableDefinition.requireValidTableName(tableName);
        return database.transaction("DescribeTable " + tableName, () -> describe(tables.require(tableName)));
    }

    List<String> listNames() {
        return database.transaction("ListTables", () -> tables.all().stream().map(StoredTable::name).toList());
    }

    /** Deletes the table with its items and stream records; returns the table as it was. */
    TableDescription delete(String tableName) {
        TableDefinition.requireValidTableName(tableName);
        return database.transaction("DeleteTable " + tableName, () -> {
            StoredTable table = tables.require(tableName);
            TableDescription description = describe(table);
            items.deleteAll(table.id());
            streams.deleteAll(table.id());
            tables.delete(table);
            return description;
        });
    }

    private TableDescription describe(StoredTable table) throws SQLException {
        ItemStore.Usage usage = items.usage(table.id());
        boolean streamed = table.definition().streamViewType() != null;
        return new TableDescription(table.definition(), names.tableArn(table.name()), table.tableUuid(), table.createdAt(),
                usage.itemCount(), usage.sizeBytes(),
                streamed ? names.streamArn(table) : null, streamed ? names.streamLabel(table) : null);
    }
}
