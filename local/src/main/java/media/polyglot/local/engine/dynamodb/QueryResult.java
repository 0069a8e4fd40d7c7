package media.polyglot.local.engine.dynamodb;

import java.util.List;
import java.util.Optional;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * One page of a Query. As in DynamoDB, a page that stopped at the limit carries the key to continue
 * after, even when no item is left.
 *
 * @param lastEvaluatedKey null when the query read to the end
 */
public record QueryResult(List<Item> items, Item lastEvaluatedKey) {

    public QueryResult {
        items = List.copyOf(items);
    }

    public Optional<Item> lastEvaluatedKeyIfAny() {
        return Optional.ofNullable(lastEvaluatedKey);
    }
}
