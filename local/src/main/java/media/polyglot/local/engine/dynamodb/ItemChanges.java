package media.polyglot.local.engine.dynamodb;

import java.sql.SQLException;
import java.util.UUID;
import media.polyglot.local.engine.dynamodb.sqlite.EncodedKey;
import media.polyglot.local.engine.dynamodb.sqlite.ItemStore;
import media.polyglot.local.engine.dynamodb.sqlite.StoredTable;
import media.polyglot.local.engine.dynamodb.sqlite.StreamChange;
import media.polyglot.local.engine.dynamodb.sqlite.StreamStore;
import media.polyglot.local.engine.dynamodb.value.Item;
import media.polyglot.local.engine.dynamodb.value.ItemSize;

/**
 * Applies writes to items and records them in the table's stream, in the caller's transaction.
 * As in DynamoDB, a write that changes nothing (the same item put again, a delete of a missing
 * item) leaves no stream record.
 */
final class ItemChanges {

    private final ItemStore items;
    private final StreamStore streams;
    private final EngineSettings settings;

    ItemChanges(ItemStore items, StreamStore streams, EngineSettings settings) {
        this.items = items;
        this.streams = streams;
        this.settings = settings;
    }

    /** Puts {@code newItem} in place of {@code oldItem} ({@code null} when there was none). */
    void put(StoredTable table, EncodedKey key, Item keys, Item oldItem, Item newItem) throws SQLException {
        if (newItem.equals(oldItem)) {
            return;
        }
        items.put(table.id(), key, newItem);
        record(table, oldItem == null ? StreamEventName.INSERT : StreamEventName.MODIFY, keys, oldItem, newItem);
    }

    /** Deletes the item {@code oldItem} ({@code null} when there is none, and then nothing happens). */
    void delete(StoredTable table, EncodedKey key, Item keys, Item oldItem) throws SQLException {
        if (oldItem == null) {
            return;
        }
        items.delete(table.id(), key);
        record(table, StreamEventName.REMOVE, keys, oldItem, null);
    }

    private void record(StoredTable table, StreamEventName event, Item keys, Item oldItem, Item newItem)
            throws SQLException {
        StreamViewType view = table.definition().streamViewType();
        if (view == null) {
            return;
        }
        Item newImage = view.includesNewImage() ? newItem : null;
        Item oldImage = view.includesOldImage() ? oldItem : null;
        int size = ItemSize.of(keys) + (newImage == null ? 0 : ItemSize.of(newImage))
                + (oldImage == null ? 0 : ItemSize.of(oldImage));
        String eventId = UUID.randomUUID().toString().replace("-", "");
        streams.append(table.id(), new StreamChange(eventId, event, settings.clock().instant().getEpochSecond(),
                keys, newImage, oldImage, size));
    }
}
