package media.polyglot.local.engine.dynamodb;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import media.polyglot.local.engine.dynamodb.sqlite.StoredTable;
import media.polyglot.local.engine.dynamodb.sqlite.TableStore;

/**
 * The engine's tables, read through a cache: every item operation looks its table up, and only
 * CreateTable and DeleteTable change them. Call inside a transaction.
 */
final class TableRegistry {

    private final TableStore store;
    private final Map<String, StoredTable> cache = new ConcurrentHashMap<>();

    TableRegistry(TableStore store) {
        this.store = store;
    }

    StoredTable create(TableDefinition definition, Instant now) throws SQLException {
        if (find(definition.tableName()).isPresent()) {
            throw new ResourceInUseException("Table already exists: " + definition.tableName());
        }
        return store.insert(definition, UUID.randomUUID().toString(), now);
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

    void delete(StoredTable table) throws SQLException {
        cache.remove(table.name());
        store.delete(table.id());
    }
}
