package media.polyglot.local.engine.dynamodb.sqlite;

import java.util.Objects;
import media.polyglot.local.engine.dynamodb.value.Item;

/** An index entry as read from storage: its position and the item as the index projects it. */
public record IndexEntry(IndexPosition position, Item entry) {

    public IndexEntry {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(entry, "entry");
    }
}
