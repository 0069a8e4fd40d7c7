package media.polyglot.local.engine.dynamodb.sqlite;

import java.util.Objects;

/**
 * Where an entry sits in an index: under its index key, and among entries with the same index key,
 * under its table key (so that every entry has one place and pages can resume after it).
 */
public record IndexPosition(EncodedKey indexKey, EncodedKey tableKey) {

    public IndexPosition {
        Objects.requireNonNull(indexKey, "indexKey");
        Objects.requireNonNull(tableKey, "tableKey");
    }
}
