package media.polyglot.local.engine.dynamodb;

import java.util.Objects;
import media.polyglot.local.engine.dynamodb.value.Item;

/** One request of a BatchWriteItem: an unconditional put or delete. */
public sealed interface BatchWrite {

    String tableName();

    record Put(String tableName, Item item) implements BatchWrite {
        public Put {
            Objects.requireNonNull(tableName, "tableName");
            Objects.requireNonNull(item, "item");
        }
    }

    record Delete(String tableName, Item key) implements BatchWrite {
        public Delete {
            Objects.requireNonNull(tableName, "tableName");
            Objects.requireNonNull(key, "key");
        }
    }
}
