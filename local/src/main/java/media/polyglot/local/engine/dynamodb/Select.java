package media.polyglot.local.engine.dynamodb;

/** What a Query or Scan returns of the items it matches (the {@code Select} parameter). */
public enum Select {
    ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES, SPECIFIC_ATTRIBUTES, COUNT;

    /**
     * The selection a request makes: {@code requested} (null when absent) checked against whether
     * it has a ProjectionExpression and an index, with the default DynamoDB applies.
     */
    static Select resolve(Select requested, boolean projected, String indexName) {
        if (requested == null) {
            return projected ? SPECIFIC_ATTRIBUTES : indexName == null ? ALL_ATTRIBUTES : ALL_PROJECTED_ATTRIBUTES;
        }
        if (projected && requested != SPECIFIC_ATTRIBUTES) {
            throw new ValidationException("Cannot specify the ProjectionExpression when choosing to get " + requested);
        }
        if (requested == SPECIFIC_ATTRIBUTES && !projected) {
            throw new ValidationException("Select SPECIFIC_ATTRIBUTES needs a ProjectionExpression (or AttributesToGet)");
        }
        if (requested == ALL_PROJECTED_ATTRIBUTES && indexName == null) {
            throw new ValidationException("ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
        }
        return requested;
    }
}
