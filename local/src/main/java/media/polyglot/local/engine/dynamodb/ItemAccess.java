package media.polyglot.local.engine.dynamodb;

import java.util.Optional;
import media.polyglot.local.engine.dynamodb.sqlite.EncodedKey;
import media.polyglot.local.engine.dynamodb.sqlite.ItemStore;
import media.polyglot.local.engine.dynamodb.sqlite.SqliteDatabase;
import media.polyglot.local.engine.dynamodb.sqlite.StoredTable;
import media.polyglot.local.engine.dynamodb.value.Item;

/** PutItem and GetItem: one item, read or conditionally written with its stream record in one transaction. */
final class ItemAccess {

    private final SqliteDatabase database;
    private final TableRegistry tables;
    private final ItemStore items;
    private final ItemChanges changes;

    ItemAccess(SqliteDatabase database, TableRegistry tables, ItemStore items, ItemChanges changes) {
        this.database = database;
        this.tables = tables;
        this.items = items;
        this.changes = changes;
    }

    /** Writes the item when its condition holds; returns the item it replaced. */
    Optional<Item> put(PutItemRequest request) {
        PreparedCondition condition = PreparedCondition.prepare(request.conditionExpression(), request.expressionAttributes());
        return database.transaction("PutItem on " + request.tableName(), () -> {
            StoredTable table = tables.require(request.tableName());
            KeySchema schema = new KeySchema(table.definition());
            Item keys = schema.keyOfItem(request.item());
            EncodedKey key = schema.encode(keys);
            Item old = items.get(table.id(), key).orElse(null);
            if (!condition.holdsFor(old)) {
                throw new ConditionalCheckFailedException(request.returnOldItemOnConditionFailure() ? old : null);
            }
            changes.put(table, key, keys, old, request.item());
            return Optional.ofNullable(old);
        });
    }

    Optional<Item> get(String tableName, Item key) {
        return database.transaction("GetItem on " + tableName, () -> {
            StoredTable table = tables.require(tableName);
            KeySchema schema = new KeySchema(table.definition());
            return items.get(table.id(), schema.encode(schema.requireKey(key)));
        });
    }
}
