package media.polyglot.local.engine.dynamodb;

import java.sql.SQLException;
import media.polyglot.local.engine.dynamodb.sqlite.EncodedKey;
import media.polyglot.local.engine.dynamodb.sqlite.ItemStore;
import media.polyglot.local.engine.dynamodb.sqlite.StoredTable;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * An item a request names, found in its table: the table, the key attributes, the stored key, and
 * the item as it is now.
 *
 * @param current null when there is no such item
 */
record LocatedItem(StoredTable table, KeySchema schema, Item keys, EncodedKey key, Item current) {

    /** The item with {@code key} (exactly the key attributes), as GetItem, UpdateItem and DeleteItem name it. */
    static LocatedItem byKey(StoredTable table, Item key, ItemStore items) throws SQLException {
        KeySchema schema = new KeySchema(table.definition());
        Item keys = schema.requireKey(key);
        EncodedKey encoded = schema.encode(keys);
        return new LocatedItem(table, schema, keys, encoded, items.get(table.id(), encoded).orElse(null));
    }

    /** The item stored under the key of {@code item}, as PutItem names it. */
    static LocatedItem ofItem(StoredTable table, Item item, ItemStore items) throws SQLException {
        KeySchema schema = new KeySchema(table.definition());
        Item keys = schema.keyOfItem(item);
        EncodedKey encoded = schema.encode(keys);
        return new LocatedItem(table, schema, keys, encoded, items.get(table.id(), encoded).orElse(null));
    }
}
