package media.polyglot.local.engine.dynamodb;

/** Which attributes a secondary index copies from its table besides the keys. */
public enum ProjectionType {
    ALL, KEYS_ONLY, INCLUDE
}
