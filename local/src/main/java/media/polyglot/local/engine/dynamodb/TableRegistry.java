package media.polyglot.local.engine.dynamodb;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import media.polyglot.local.engine.dynamodb.sqlite.StoredStream;
import media.polyglot.local.engine.dynamodb.sqlite.StoredTable;
import media.polyglot.local.engine.dynamodb.sqlite.StreamStore;
import media.polyglot.local.engine.dynamodb.sqlite.TableStore;

/**
 * The engine's tables, read through a cache: every item operation looks its table up, and only
 * the table operations change them. Call inside a transaction; a change drops the table from the
 * cache, and so does {@link #forget} after the change's transaction (in case it rolled back).
 */
final class TableRegistry {

    private final TableStore store;
    private final StreamStore streams;
    private final Map<String, StoredTable> cache = new ConcurrentHashMap<>();

    TableRegistry(TableStore store, StreamStore streams) {
        this.store = store;
        this.streams = streams;
    }

    StoredTable create(TableDefinition definition, Instant now) throws SQLException {
        if (find(definition.tableName()).isPresent()) {
            throw new ResourceInUseException("Table already exists: " + definition.tableName());
        }
        long id = store.insert(definition, UUID.randomUUID().toString(), now);
        if (definition.streamViewType() != null) {
            store.setStream(id, streams.create(id, definition.tableName(), definition.streamViewType(), now));
        }
        return store.find(definition.tableName()).orElseThrow();
    }

    StoredTable require(String tableName) throws SQLException {
        return find(tableName).orElseThrow(() -> ResourceNotFoundException.table(tableName));
    }

    Optional<StoredTable> find(String tableName) throws SQLException {
        StoredTable cached = cache.get(tableName);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<StoredTable> stored = store.find(tableName);
        stored.ifPresent(table -> cache.put(tableName, table));
        return stored;
    }

    List<StoredTable> all() throws SQLException {
        return store.all();
    }

    /** Records the table's new TTL attribute and indexes; returns the table as it now is. */
    StoredTable update(StoredTable table, TableDefinition definition) throws SQLException {
        cache.remove(table.name());
        store.update(table.id(), definition);
        return store.find(table.name()).orElseThrow();
    }

    /** Makes {@code stream} the table's enabled stream ({@code null}: none); returns the table as it now is. */
    StoredTable setStream(StoredTable table, StoredStream stream) throws SQLException {
        cache.remove(table.name());
        store.setStream(table.id(), stream);
        return store.find(table.name()).orElseThrow();
    }

    void delete(StoredTable table) throws SQLException {
        cache.remove(table.name());
        store.delete(table.id());
    }

    /** Drops a table from the cache, after a transaction that changed it committed or rolled back. */
    void forget(String tableName) {
        cache.remove(tableName);
    }
}
