package media.polyglot.local.engine.dynamodb;

/**
 * A global secondary index has any key of its own and is read eventually consistent; a local one
 * shares the table's partition key, takes another sort key and can fetch unprojected attributes
 * from the table ("Improving data access with secondary indexes" in the Developer Guide).
 */
public enum IndexKind {
    GLOBAL, LOCAL
}
