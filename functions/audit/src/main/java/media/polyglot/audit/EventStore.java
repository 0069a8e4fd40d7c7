package media.polyglot.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import media.polyglot.common.Backoff;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The append-only event store in two views written together: one stream per content item, ordered by
 * occurrence (the store table), and one global stream of every event with a position from a counter (the
 * stream table). An append is one transaction: the store item, conditional on its absence, so a redelivered
 * event is stored once and never gets a second position; the counter, conditional on the value read; and the
 * stream entry at the counter's new value. Concurrent appenders conflict on the counter and retry.
 */
public final class EventStore {

    /** Five concurrent consumers with batches of ten may all race for the counter at once: retry generously. */
    private static final Backoff COUNTER_RACE = new Backoff(12, Duration.ofMillis(10), Duration.ofMillis(400));
    private static final String CONDITION_FAILED = "ConditionalCheckFailed";
    private static final String CONFLICT = "TransactionConflict";

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final EventStream stream;

    public EventStore(DynamoDbClient dynamoDb, String table, String streamTable) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.stream = new EventStream(dynamoDb, streamTable);
    }

    /** Stores the event in its content's stream and at the next position of the global stream, once. */
    public Appended append(StoredEvent event) {
        for (int attempt = 1; attempt <= COUNTER_RACE.maxAttempts(); attempt++) {
            long last = stream.lastPosition();
            long next = last + 1;
            try {
                dynamoDb.transactWriteItems(t -> t.transactItems(storeItem(event, next), stream.advanceCounter(last),
                        stream.entry(next, event)));
                return new Appended(next, false);
            } catch (TransactionCanceledException e) {
                List<CancellationReason> reasons = e.cancellationReasons();
                if (CONDITION_FAILED.equals(code(reasons, 0))) {
                    return new Appended(positionOf(event), true);
                }
                if (!isRace(reasons)) {
                    throw new IllegalStateException("appending " + event.detailType() + " " + event.position() + " of "
                            + event.contentId() + " to " + table + " was refused: " + e.getMessage(), e);
                }
            }
            sleep(COUNTER_RACE.delayBefore(attempt));
        }
        throw new IllegalStateException("the stream counter kept moving while appending " + event.detailType() + " "
                + event.position() + " of " + event.contentId() + " (" + COUNTER_RACE.maxAttempts()
                + " attempts); the message returns to its queue");
    }

    /** Every event of one content item's stream, oldest first. */
    public List<StoredEvent> history(String contentId) {
        List<StoredEvent> events = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            Map<String, AttributeValue> from = startKey;
            QueryResponse page = dynamoDb.query(q -> q.tableName(table)
                    .keyConditionExpression("contentId = :id")
                    .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(contentId)))
                    .scanIndexForward(true)
                    .exclusiveStartKey(from));
            page.items().forEach(item -> events.add(StoredEvents.fromItem(item, "store " + table)));
            startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (startKey != null);
        return events;
    }

    /** The global stream, read by position. */
    public EventStream stream() {
        return stream;
    }

    private TransactWriteItem storeItem(StoredEvent event, long streamPosition) {
        Map<String, AttributeValue> item = new java.util.HashMap<>(StoredEvents.toItem(event));
        item.put("streamPosition", AttributeValue.fromN(Long.toString(streamPosition)));
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
                .conditionExpression("attribute_not_exists(#position)")
                .expressionAttributeNames(Map.of("#position", "position"))).build();
    }

    private Long positionOf(StoredEvent event) {
        Map<String, AttributeValue> item = dynamoDb.getItem(g -> g.tableName(table).consistentRead(true).key(Map.of(
                "contentId", AttributeValue.fromS(event.contentId()),
                "position", AttributeValue.fromS(event.position())))).item();
        AttributeValue position = item == null ? null : item.get("streamPosition");
        return position == null ? null : Long.valueOf(position.n());
    }

    /** The counter's condition failed (another appender took the position) or the items were busy in another transaction. */
    private static boolean isRace(List<CancellationReason> reasons) {
        return reasons.stream().map(CancellationReason::code).anyMatch(c -> CONDITION_FAILED.equals(c) || CONFLICT.equals(c));
    }

    private static String code(List<CancellationReason> reasons, int index) {
        return reasons.size() > index ? reasons.get(index).code() : null;
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry an append", e);
        }
    }
}
