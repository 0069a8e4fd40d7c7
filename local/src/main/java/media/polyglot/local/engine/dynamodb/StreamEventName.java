package media.polyglot.local.engine.dynamodb;

/** What happened to an item, as a stream record names it. */
public enum StreamEventName {
    INSERT, MODIFY, REMOVE
}
