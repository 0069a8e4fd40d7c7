package media.polyglot.localization;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import media.polyglot.common.OutgoingEvent;
import media.polyglot.events.EventType;
import media.polyglot.events.EventJson;
import media.polyglot.events.localization.TranslationRequested;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Localization's state, one item per language of a revision (partition key {@code requestKey}): where the
 * language stands, which answer moved it there, and the event that move emitted, written together. Every
 * change is conditional on the request it answers still being the one out, so a duplicate or stale answer
 * changes nothing; and since the emitted event is kept, a redelivery of the answer can send that same
 * event again (same event id) when its first publication did not happen.
 */
public final class TranslationTable {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public TranslationTable(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    /** Stores a first request with its TranslationRequested unless the language already has one; returns what is stored. */
    public Stored putIfAbsent(TranslationRequest request, OutgoingEvent requested) {
        try {
            dynamoDb.putItem(p -> p.tableName(table).item(item(new Stored(request, null, requested, false)))
                    .conditionExpression("attribute_not_exists(requestKey)"));
            return new Stored(request, null, requested, false);
        } catch (ConditionalCheckFailedException exists) {
            return find(request.key()).orElseThrow(() -> new IllegalStateException(
                    "translation request " + request.key() + " exists and vanished in " + table));
        }
    }

    public Optional<Stored> find(String key) {
        Map<String, AttributeValue> item = dynamoDb.getItem(g -> g.tableName(table).consistentRead(true)
                .key(Map.of("requestKey", AttributeValue.fromS(key)))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        try {
            TranslationRequest request = new TranslationRequest(
                    EventJson.mapper().readValue(item.get("request").s(), TranslationRequested.class),
                    Integer.parseInt(item.get("attempt").n()),
                    TranslationRequest.Status.valueOf(item.get("status").s()));
            AttributeValue answeredId = item.get("answeredId");
            JsonNode emitted = EventJson.mapper().readTree(item.get("emitted").s());
            return Optional.of(new Stored(request, answeredId == null ? null : answeredId.s(), new OutgoingEvent(
                    emitted.path("source").asText(), EventType.ofDetailType(emitted.path("detailType").asText()),
                    emitted.get("detail")), item.containsKey("unsent")));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalStateException("translation request " + key + " in " + table + " is not readable", e);
        }
    }

    /**
     * The languages whose request is out past its due time, and those a timeout moved whose event is not known
     * to be sent. A scan: the table holds the languages of recent revisions, and a sweep runs every few minutes.
     */
    public List<Stored> overdueOrUnsent(Instant now) {
        List<Stored> found = new ArrayList<>();
        dynamoDb.scanPaginator(s -> s.tableName(table).consistentRead(true)
                        .filterExpression("(#status = :requested AND dueBy < :now) OR attribute_exists(unsent)")
                        .expressionAttributeNames(Map.of("#status", "status"))
                        .expressionAttributeValues(Map.of(
                                ":requested", AttributeValue.fromS(TranslationRequest.Status.REQUESTED.name()),
                                ":now", AttributeValue.fromN(Long.toString(now.toEpochMilli())))))
                .items().forEach(item -> find(item.get("requestKey").s()).ifPresent(found::add));
        return found;
    }

    /**
     * Moves the language from the request {@code answeredId} to {@code next}, keeping the event the move emits,
     * if {@code answeredId} is still the one out and awaited.
     *
     * @return false when another delivery got there first
     */
    public boolean replace(String answeredId, TranslationRequest next, OutgoingEvent emitted) {
        return replace(new Stored(next, answeredId, emitted, false));
    }

    /**
     * As {@link #replace(String, TranslationRequest, OutgoingEvent)}, for a move no message stands behind (a
     * timeout): the item is marked unsent until {@link #markSent} says its event went out.
     */
    public boolean replaceUnsent(String answeredId, TranslationRequest next, OutgoingEvent emitted) {
        return replace(new Stored(next, answeredId, emitted, true));
    }

    /** The event of the language's last move is on the bus. */
    public void markSent(String key) {
        dynamoDb.updateItem(u -> u.tableName(table).key(Map.of("requestKey", AttributeValue.fromS(key)))
                .updateExpression("REMOVE unsent"));
    }

    private boolean replace(Stored next) {
        String answeredId = next.answeredId();
        try {
            dynamoDb.putItem(p -> p.tableName(table).item(item(next))
                    .conditionExpression("requestId = :answered AND #status = :requested")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(
                            ":answered", AttributeValue.fromS(answeredId),
                            ":requested", AttributeValue.fromS(TranslationRequest.Status.REQUESTED.name()))));
            return true;
        } catch (ConditionalCheckFailedException alreadyAnswered) {
            return false;
        }
    }

    private static Map<String, AttributeValue> item(Stored stored) {
        TranslationRequest request = stored.request();
        Map<String, AttributeValue> item = new HashMap<>(Map.of(
                "requestKey", AttributeValue.fromS(request.key()),
                "requestId", AttributeValue.fromS(request.request().requestId()),
                "attempt", AttributeValue.fromN(Integer.toString(request.attempt())),
                "dueBy", AttributeValue.fromN(Long.toString(request.request().dueBy().toEpochMilli())),
                "status", AttributeValue.fromS(request.status().name()),
                "request", AttributeValue.fromS(EventJson.mapper().valueToTree(request.request()).toString()),
                "emitted", AttributeValue.fromS(EventJson.mapper().createObjectNode()
                        .put("source", stored.emitted().source())
                        .put("detailType", stored.emitted().type().detailType())
                        .set("detail", stored.emitted().detail()).toString())));
        if (stored.answeredId() != null) {
            item.put("answeredId", AttributeValue.fromS(stored.answeredId()));
        }
        if (stored.unsent()) {
            item.put("unsent", AttributeValue.fromBool(true));
        }
        return item;
    }

    /**
     * A language as stored.
     *
     * @param request    where it stands
     * @param answeredId the request whose answer moved it here; null while its first request is out
     * @param emitted    the event that move (or the first request) emitted
     * @param unsent     whether that event, emitted by a timeout, is not known to be on the bus
     */
    public record Stored(TranslationRequest request, String answeredId, OutgoingEvent emitted, boolean unsent) {

        public Stored {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(emitted, "emitted");
        }

        /** Whether {@code requestId} is the request out, its answer still awaited. */
        boolean awaits(String requestId) {
            return request.request().requestId().equals(requestId) && request.status() == TranslationRequest.Status.REQUESTED;
        }
    }
}
