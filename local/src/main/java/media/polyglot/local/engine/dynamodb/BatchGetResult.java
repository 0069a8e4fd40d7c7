package media.polyglot.local.engine.dynamodb;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * What BatchGetItem returns: the items found, by table, and the keys it did not read because the
 * response reached 16 MB (to be asked for again, as UnprocessedKeys).
 */
public record BatchGetResult(Map<String, List<Item>> responses, Map<String, List<Item>> unprocessedKeys) {

    public BatchGetResult {
        responses = copy(responses);
        unprocessedKeys = copy(unprocessedKeys);
    }

    private static Map<String, List<Item>> copy(Map<String, List<Item>> byTable) {
        Map<String, List<Item>> copy = new LinkedHashMap<>();
        byTable.forEach((table, items) -> copy.put(table, List.copyOf(items)));
        return java.util.Collections.unmodifiableMap(copy);
    }
}
