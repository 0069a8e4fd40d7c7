package media.polyglot.local.engine.dynamodb;

import java.sql.SQLException;
import java.util.UUID;
import media.polyglot.local.engine.dynamodb.sqlite.EncodedKey;
import media.polyglot.local.engine.dynamodb.sqlite.ItemStore;
import media.polyglot.local.engine.dynamodb.sqlite.StoredStream;
import media.polyglot.local.engine.dynamodb.sqlite.StoredTable;
import media.polyglot.local.engine.dynamodb.sqlite.StreamChange;
import media.polyglot.local.engine.dynamodb.sqlite.StreamStore;
import media.polyglot.local.engine.dynamodb.value.Item;
import media.polyglot.local.engine.dynamodb.value.ItemSize;

/**
 * Applies writes to items, their secondary index entries and the table's stream, in the caller's
 * transaction. As in DynamoDB, a write that changes nothing (the same item put again, a delete of
 * a missing item) leaves no stream record.
 */
final class ItemChanges {

    private final ItemStore items;
    private final IndexMaintenance indexes;
    private final StreamStore streams;
    private final EngineSettings settings;

    ItemChanges(ItemStore items, IndexMaintenance indexes, StreamStore streams, EngineSettings settings) {
        this.items = items;
        this.indexes = indexes;
        this.streams = streams;
        this.settings = settings;
    }

    /** Puts {@code newItem} in place of {@code oldItem} ({@code null} when there was none). */
    void put(StoredTable table, EncodedKey key, Item keys, Item oldItem, Item newItem) throws SQLException {
        if (newItem.equals(oldItem)) {
            return;
        }
        IndexMaintenance.requireValidIndexKeys(table.definition(), newItem);
        items.put(table.id(), key, newItem);
        indexes.replace(table, key, oldItem, newItem);
        record(table, oldItem == null ? StreamEventName.INSERT : StreamEventName.MODIFY, keys, oldItem, newItem, false);
    }

    /** Deletes the item {@code oldItem} ({@code null} when there is none, and then nothing happens). */
    void delete(StoredTable table, EncodedKey key, Item keys, Item oldItem) throws SQLException {
        remove(table, key, keys, oldItem, false);
    }

    /** Deletes an expired item as DynamoDB's TTL process does: its stream record names the service. */
    void expire(StoredTable table, EncodedKey key, Item keys, Item oldItem) throws SQLException {
        remove(table, key, keys, oldItem, true);
    }

    private void remove(StoredTable table, EncodedKey key, Item keys, Item oldItem, boolean byTimeToLive)
            throws SQLException {
        if (oldItem == null) {
            return;
        }
        items.delete(table.id(), key);
        indexes.replace(table, key, oldItem, null);
        record(table, StreamEventName.REMOVE, keys, oldItem, null, byTimeToLive);
    }

    private void record(StoredTable table, StreamEventName event, Item keys, Item oldItem, Item newItem,
                        boolean byTimeToLive) throws SQLException {
        StoredStream stream = table.stream();
        if (stream == null) {
            return;
        }
        StreamViewType view = stream.viewType();
        Item newImage = view.includesNewImage() ? newItem : null;
        Item oldImage = view.includesOldImage() ? oldItem : null;
        int size = ItemSize.of(keys) + (newImage == null ? 0 : ItemSize.of(newImage))
                + (oldImage == null ? 0 : ItemSize.of(oldImage));
        String eventId = UUID.randomUUID().toString().replace("-", "");
        streams.append(stream, new StreamChange(eventId, event, settings.clock().instant().getEpochSecond(),
                keys, newImage, oldImage, size, byTimeToLive));
    }
}
