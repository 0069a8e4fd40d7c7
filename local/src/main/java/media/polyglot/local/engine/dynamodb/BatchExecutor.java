package media.polyglot.local.engine.dynamodb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import media.polyglot.local.engine.dynamodb.expression.DocumentPath;
import media.polyglot.local.engine.dynamodb.sqlite.ItemStore;
import media.polyglot.local.engine.dynamodb.sqlite.SqliteDatabase;
import media.polyglot.local.engine.dynamodb.value.Item;
import media.polyglot.local.engine.dynamodb.value.ItemSize;

/**
 * BatchGetItem, BatchWriteItem and TransactGetItems, with DynamoDB's limits (100 keys, 25 writes,
 * 100 gets) and its refusal of a key named twice. Each runs in one SQLite transaction; only a
 * BatchGetItem response past 16 MB leaves keys unprocessed.
 */
final class BatchExecutor {

    private static final int MAX_BATCH_GET = 100;
    private static final int MAX_BATCH_WRITE = 25;
    private static final int MAX_TRANSACT_GET = 100;

    private final SqliteDatabase database;
    private final TableRegistry tables;
    private final ItemStore items;
    private final ItemChanges changes;

    BatchExecutor(SqliteDatabase database, TableRegistry tables, ItemStore items, ItemChanges changes) {
        this.database = database;
        this.tables = tables;
        this.items = items;
        this.changes = changes;
    }

    /** The most a BatchGetItem response holds ("BatchGetItem" in the API Reference); the rest is unprocessed. */
    static final long MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

    BatchGetResult get(List<BatchGet> reads) {
        int keys = reads.stream().mapToInt(read -> read.keys().size()).sum();
        if (keys == 0 || keys > MAX_BATCH_GET) {
            throw new ValidationException("Too many items requested for the BatchGetItem call: " + keys
                    + " keys; a call reads 1 to " + MAX_BATCH_GET);
        }
        List<RequestExpressions> expressions = reads.stream().map(read -> RequestExpressions.prepare(
                new RequestExpressions.Texts(null, null, null, null, read.projectionExpression()),
                read.expressionAttributes())).toList();
        return database.transaction("BatchGetItem", () -> {
            Map<String, List<Item>> responses = new LinkedHashMap<>();
            Map<String, List<Item>> unprocessed = new LinkedHashMap<>();
            long bytes = 0;
            for (int i = 0; i < reads.size(); i++) {
                BatchGet read = reads.get(i);
                Set<Object> seen = new HashSet<>();
                List<Item> found = new ArrayList<>();
                for (Item key : read.keys()) {
                    LocatedItem located = LocatedItem.byKey(tables.require(read.tableName()), key, items);
                    requireUnique(seen, located);
                    if (bytes >= MAX_RESPONSE_BYTES) {
                        unprocessed.computeIfAbsent(read.tableName(), table -> new ArrayList<>()).add(located.keys());
                    } else if (located.current() != null) {
                        Item item = ItemAccess.project(located.current(), expressions.get(i).projection());
                        bytes += ItemSize.of(item);
                        found.add(item);
                    }
                }
                responses.put(read.tableName(), found);
            }
            return new BatchGetResult(responses, unprocessed);
        });
    }

    void write(List<BatchWrite> writes) {
        if (writes.isEmpty() || writes.size() > MAX_BATCH_WRITE) {
            throw new ValidationException("Too many items requested for the BatchWriteItem call: " + writes.size()
                    + " requests; a call writes 1 to " + MAX_BATCH_WRITE);
        }
        database.transaction("BatchWriteItem", () -> {
            Set<Object> seen = new HashSet<>();
            for (BatchWrite write : writes) {
                if (write instanceof BatchWrite.Put put) {
                    LocatedItem located = LocatedItem.ofItem(tables.require(put.tableName()), put.item(), items);
                    requireUnique(seen, located);
                    changes.put(located.table(), located.key(), located.keys(), located.current(), put.item());
                } else {
                    BatchWrite.Delete delete = (BatchWrite.Delete) write;
                    LocatedItem located = LocatedItem.byKey(tables.require(delete.tableName()), delete.key(), items);
                    requireUnique(seen, located);
                    changes.delete(located.table(), located.key(), located.keys(), located.current());
                }
            }
            return null;
        });
    }

    List<Optional<Item>> transactGet(List<GetItemRequest> gets) {
        if (gets.isEmpty() || gets.size() > MAX_TRANSACT_GET) {
            throw new ValidationException("1 validation error detected: Value at 'transactItems' failed to satisfy "
                    + "constraint: Member must have length between 1 and " + MAX_TRANSACT_GET + ", but has " + gets.size());
        }
        List<RequestExpressions> expressions = gets.stream().map(get -> RequestExpressions.prepare(
                new RequestExpressions.Texts(null, null, null, null, get.projectionExpression()),
                get.expressionAttributes())).toList();
        return database.transaction("TransactGetItems", () -> {
            List<Optional<Item>> results = new ArrayList<>();
            for (int i = 0; i < gets.size(); i++) {
                Item current = LocatedItem.byKey(tables.require(gets.get(i).tableName()), gets.get(i).key(), items).current();
                List<DocumentPath> projection = expressions.get(i).projection();
                results.add(Optional.ofNullable(current).map(item -> ItemAccess.project(item, projection)));
            }
            return results;
        });
    }

    private static void requireUnique(Set<Object> seen, LocatedItem located) {
        if (!seen.add(List.of(located.table().id(), located.key()))) {
            throw new ValidationException("Provided list of item keys contains duplicates: " + located.keys().attributes()
                    + " in table " + located.table().name());
        }
    }
}
