package media.polyglot.local.engine.dynamodb;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import media.polyglot.local.engine.dynamodb.sqlite.IndexStore;
import media.polyglot.local.engine.dynamodb.sqlite.ItemStore;
import media.polyglot.local.engine.dynamodb.sqlite.SqliteDatabase;
import media.polyglot.local.engine.dynamodb.sqlite.StoredTable;
import media.polyglot.local.engine.dynamodb.sqlite.StreamStore;
import media.polyglot.local.engine.dynamodb.sqlite.TagStore;

/** CreateTable, DescribeTable, ListTables and DeleteTable. Tables and indexes are ACTIVE as soon as they are created. */
final class TableAdmin {

    private final SqliteDatabase database;
    private final TableRegistry tables;
    private final ItemStore items;
    private final IndexStore indexes;
    private final StreamStore streams;
    private final TagStore tags;
    private final ResourceNames names;
    private final EngineSettings settings;

    TableAdmin(SqliteDatabase database, TableRegistry tables, Stores stores, ResourceNames names, EngineSettings settings) {
        this.database = database;
        this.tables = tables;
        this.items = stores.items();
        this.indexes = stores.indexes();
        this.streams = stores.streams();
        this.tags = stores.tags();
        this.names = names;
        this.settings = settings;
    }

    TableDescription create(TableDefinition definition) {
        try {
            return database.transaction("CreateTable " + definition.tableName(),
                    () -> describe(tables.create(definition, settings.clock().instant())));
        } finally {
            tables.forget(definition.tableName());
        }
    }

    TableDescription describe(String tableName) {
        TableDefinition.requireValidTableName(tableName);
        return database.transaction("DescribeTable " + tableName, () -> describe(tables.require(tableName)));
    }

    List<String> listNames() {
        return database.transaction("ListTables", () -> tables.all().stream().map(StoredTable::name).toList());
    }

    /** Deletes the table with its items, index entries, streams and tags; returns the table as it was. */
    TableDescription delete(String tableName) {
        TableDefinition.requireValidTableName(tableName);
        try {
            return database.transaction("DeleteTable " + tableName, () -> {
                StoredTable table = tables.require(tableName);
                TableDescription description = describe(table);
                items.deleteAll(table.id());
                indexes.deleteAll(table.id(), null);
                streams.deleteAll(table.id());
                tags.deleteAll(table.id());
                tables.delete(table);
                return description;
            });
        } finally {
            tables.forget(tableName);
        }
    }

    TableDescription describe(StoredTable table) throws SQLException {
        ItemStore.Usage usage = items.usage(table.id());
        List<IndexDescription> described = new ArrayList<>();
        for (SecondaryIndex index : table.definition().indexes()) {
            ItemStore.Usage indexUsage = indexes.usage(table.id(), index.indexName());
            described.add(new IndexDescription(index, names.indexArn(table.name(), index.indexName()),
                    indexUsage.itemCount(), indexUsage.sizeBytes()));
        }
        boolean streamed = table.stream() != null;
        return new TableDescription(table.definition(), names.tableArn(table.name()), table.tableUuid(), table.createdAt(),
                usage.itemCount(), usage.sizeBytes(),
                streamed ? names.streamArn(table.stream()) : null, streamed ? names.streamLabel(table.stream()) : null,
                described);
    }
}
