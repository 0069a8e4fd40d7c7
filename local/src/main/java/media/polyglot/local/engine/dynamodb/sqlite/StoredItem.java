package media.polyglot.local.engine.dynamodb.sqlite;

import java.util.Objects;
import media.polyglot.local.engine.dynamodb.value.Item;

/** An item as read from storage, with the encoded key it is stored under. */
public record StoredItem(EncodedKey key, Item item) {

    public StoredItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(item, "item");
    }
}
