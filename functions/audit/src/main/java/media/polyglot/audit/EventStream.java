package media.polyglot.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The global stream in its table (partition key {@code stream}, number sort key {@code position}): every entry in
 * the partition {@code polyglot} at its position, and the counter, the last position given, in an item of its own.
 * One partition keeps one order a Query can page through; it also bounds appends to one partition's write
 * throughput (1,000 writes a second, far above our event rate).
 */
public final class EventStream {

    static final String ENTRIES = "polyglot";
    static final String COUNTER = "polyglot#counter";

    private final DynamoDbClient dynamoDb;
    private final String table;

    EventStream(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    /** Up to {@code limit} entries after position {@code after}, in order. */
    public StreamPage after(long after, int limit) {
        // One more than asked tells whether the page ends the stream.
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            Map<String, AttributeValue> from = startKey;
            var page = dynamoDb.query(q -> q.tableName(table)
                    .keyConditionExpression("#stream = :entries AND #position > :after")
                    .expressionAttributeNames(Map.of("#stream", "stream", "#position", "position"))
                    .expressionAttributeValues(Map.of(":entries", AttributeValue.fromS(ENTRIES),
                            ":after", AttributeValue.fromN(Long.toString(after))))
                    .consistentRead(true)
                    .limit(limit + 1 - items.size())
                    .exclusiveStartKey(from));
            items.addAll(page.items());
            startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (startKey != null && items.size() <= limit);
        List<StreamEntry> entries = items.stream().limit(limit).map(this::entryOf).toList();
        Long next = items.size() > limit ? entries.get(entries.size() - 1).position() : null;
        return new StreamPage(entries, next);
    }

    /** The last position given, 0 before the first append. */
    long lastPosition() {
        Map<String, AttributeValue> item = dynamoDb.getItem(g -> g.tableName(table).consistentRead(true)
                .key(key(COUNTER, 0))).item();
        return item == null || item.isEmpty() ? 0 : Long.parseLong(item.get("last").n());
    }

    /** Moves the counter from {@code last} to the next position; fails if another appender moved it first. */
    TransactWriteItem advanceCounter(long last) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":next", AttributeValue.fromN(Long.toString(last + 1))));
        String condition = "attribute_not_exists(#last)";
        if (last > 0) {
            values.put(":last", AttributeValue.fromN(Long.toString(last)));
            condition = "#last = :last";
        }
        String expected = condition;
        return TransactWriteItem.builder().update(u -> u.tableName(table).key(key(COUNTER, 0))
                .updateExpression("SET #last = :next")
                .conditionExpression(expected)
                .expressionAttributeNames(Map.of("#last", "last"))
                .expressionAttributeValues(values)).build();
    }

    /** The entry at {@code position}; the counter's condition already makes the position free. */
    TransactWriteItem entry(long position, StoredEvent event) {
        Map<String, AttributeValue> item = new HashMap<>(StoredEvents.toItem(event));
        item.put("storePosition", item.remove("position"));
        item.putAll(key(ENTRIES, position));
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item)).build();
    }

    private StreamEntry entryOf(Map<String, AttributeValue> item) {
        return new StreamEntry(Long.parseLong(item.get("position").n()), StoredEvents.fromItem(item, "stream " + table));
    }

    private static Map<String, AttributeValue> key(String stream, long position) {
        return Map.of("stream", AttributeValue.fromS(stream), "position", AttributeValue.fromN(Long.toString(position)));
    }
}
