package media.polyglot.common;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import media.polyglot.events.EventMetadata;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The event-storm guard: how deep in its causation chain an event is, and a refusal past a bound. The
 * envelope carries no depth, so the backbone keeps one: every consumer records the depth of each event
 * it consumes, one more than its cause's depth, or 0 when its cause is no event we consumed (an HTTP
 * request, a partner's request id). Since whoever emitted an event consumed its cause first, a consumer
 * always finds the cause's depth when there is one. A loop (A causes B causes A ...) grows the chain by
 * one per hop and stops at the bound.
 *
 * <p>Table: partition key {@code eventId} (string), TTL attribute {@code expiresAt}; shared by every
 * consumer of the bus.
 */
public final class CausationLedger {

    /** Long enough to outlive any flow; the ledger stays small. */
    private static final Duration RETENTION = Duration.ofDays(1);

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final int maxDepth;
    private final Clock clock;

    public CausationLedger(DynamoDbClient dynamoDb, String table, int maxDepth, Clock clock) {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("the causation depth bound must be 1 or more, was " + maxDepth);
        }
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.maxDepth = maxDepth;
        this.clock = clock;
    }

    /**
     * Records the event's depth and admits it.
     *
     * @return its depth
     * @throws EventStormException when it is deeper than the bound
     */
    public int admit(EventMetadata event) {
        Map<String, AttributeValue> cause = dynamoDb.getItem(g -> g.tableName(table)
                .key(Map.of("eventId", AttributeValue.fromS(event.causationId())))).item();
        int depth = cause == null || cause.isEmpty() ? 0 : Integer.parseInt(cause.get("depth").n()) + 1;
        dynamoDb.putItem(p -> p.tableName(table).item(Map.of(
                "eventId", AttributeValue.fromS(event.eventId()),
                "depth", AttributeValue.fromN(Integer.toString(depth)),
                "expiresAt", AttributeValue.fromN(Long.toString(clock.instant().plus(RETENTION).getEpochSecond())))));
        if (depth > maxDepth) {
            throw new EventStormException(event, depth, maxDepth);
        }
        return depth;
    }
}
