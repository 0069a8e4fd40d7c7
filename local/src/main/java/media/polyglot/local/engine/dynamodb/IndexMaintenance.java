package media.polyglot.local.engine.dynamodb;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import media.polyglot.local.engine.dynamodb.sqlite.EncodedKey;
import media.polyglot.local.engine.dynamodb.sqlite.IndexPosition;
import media.polyglot.local.engine.dynamodb.sqlite.IndexStore;
import media.polyglot.local.engine.dynamodb.sqlite.ItemStore;
import media.polyglot.local.engine.dynamodb.sqlite.KeyCodec;
import media.polyglot.local.engine.dynamodb.sqlite.StoredItem;
import media.polyglot.local.engine.dynamodb.sqlite.StoredTable;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * Keeps a table's secondary indexes in step with its items, in the caller's transaction: every
 * write moves the item's entry in each index (an item without the index's key attributes has no
 * entry), and a new index is filled from the items already there.
 */
final class IndexMaintenance {

    private static final int BATCH = 256;

    private final IndexStore entries;
    private final ItemStore items;

    IndexMaintenance(IndexStore entries, ItemStore items) {
        this.entries = entries;
        this.items = items;
    }

    /** Checks {@code newItem}'s index keys, before anything is written; refuses a wrong type or an empty value. */
    static void requireValidIndexKeys(TableDefinition table, Item newItem) {
        for (SecondaryIndex index : table.indexes()) {
            index.entryOf(newItem, table);
        }
    }

    /** Moves the entries of the item at {@code tableKey} from {@code oldItem} to {@code newItem} (each may be null). */
    void replace(StoredTable table, EncodedKey tableKey, Item oldItem, Item newItem) throws SQLException {
        TableDefinition definition = table.definition();
        for (SecondaryIndex index : definition.indexes()) {
            Optional<Item> oldEntry = oldItem == null ? Optional.empty() : index.entryOf(oldItem, definition);
            Optional<Item> newEntry = newItem == null ? Optional.empty() : index.entryOf(newItem, definition);
            if (oldEntry.isPresent()) {
                entries.delete(table.id(), index.indexName(), position(index, oldEntry.get(), tableKey));
            }
            if (newEntry.isPresent()) {
                entries.put(table.id(), index.indexName(), position(index, newEntry.get(), tableKey), newEntry.get());
            }
        }
    }

    /**
     * Fills a new index from the table's items. An item whose value for an index key has the wrong
     * type is left out, as DynamoDB's backfill leaves out (and reports) such violations.
     */
    void backfill(StoredTable table, SecondaryIndex index) throws SQLException {
        EncodedKey after = null;
        List<StoredItem> batch;
        do {
            batch = items.scan(table.id(), after, BATCH);
            for (StoredItem stored : batch) {
                after = stored.key();
                Optional<Item> entry;
                try {
                    entry = index.entryOf(stored.item(), table.definition());
                } catch (ValidationException violation) {
                    continue;
                }
                if (entry.isPresent()) {
                    entries.put(table.id(), index.indexName(), position(index, entry.get(), stored.key()), entry.get());
                }
            }
        } while (batch.size() == BATCH);
    }

    /** Where an entry (which carries the index's key attributes) sits in its index. */
    static IndexPosition position(SecondaryIndex index, Item entry, EncodedKey tableKey) {
        return new IndexPosition(encodedIndexKey(index, entry), tableKey);
    }

    static EncodedKey encodedIndexKey(SecondaryIndex index, Item entry) {
        byte[] partition = KeyCodec.encode(entry.get(index.partitionKey().name()).orElseThrow());
        byte[] sort = index.sortKey() == null ? new byte[0] : KeyCodec.encode(entry.get(index.sortKey().name()).orElseThrow());
        return new EncodedKey(partition, sort);
    }
}
