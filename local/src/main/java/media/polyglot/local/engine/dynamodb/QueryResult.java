package media.polyglot.local.engine.dynamodb;

import java.util.List;
import java.util.Optional;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * One page of a Query or Scan. As in DynamoDB, a page that stopped at the limit or at 1 MB carries
 * the key to continue after, even when no item is left; {@code scannedCount} counts the items read
 * before the filter, {@code count} those that passed it.
 *
 * @param items            empty when Select is COUNT
 * @param lastEvaluatedKey null when the read reached the end
 */
public record QueryResult(List<Item> items, int count, int scannedCount, Item lastEvaluatedKey) {

    public QueryResult {
        items = List.copyOf(items);
    }

    public Optional<Item> lastEvaluatedKeyIfAny() {
        return Optional.ofNullable(lastEvaluatedKey);
    }
}
