package media.polyglot.publishing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import media.polyglot.common.OutgoingEvent;
import media.polyglot.events.EventJson;
import media.polyglot.events.EventType;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The process manager's state, one item per content item (partition key {@code contentId}), saved with
 * optimistic locking: each save names the version it read and fails if another writer saved first. Beside
 * the state the item keeps the events of its latest decision until they are published (an outbox), so a
 * crash between saving and publishing loses nothing: the next event of the item publishes them first.
 */
public final class PublicationStore {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public PublicationStore(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    /** The state of an item, version 0 and empty for an item never saved. */
    public Stored load(String contentId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(g -> g.tableName(table).consistentRead(true)
                .key(Map.of("contentId", AttributeValue.fromS(contentId)))).item();
        if (item == null || item.isEmpty()) {
            return new Stored(Publication.start(contentId), List.of(), 0);
        }
        try {
            Publication state = EventJson.mapper().readValue(item.get("state").s(), Publication.class);
            List<OutgoingEvent> outbox = new ArrayList<>();
            for (JsonNode event : EventJson.mapper().readTree(item.get("outbox").s())) {
                outbox.add(new OutgoingEvent(event.path("source").asText(),
                        EventType.ofDetailType(event.path("detailType").asText()), event.path("detail")));
            }
            return new Stored(state, outbox, Integer.parseInt(item.get("version").n()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("publication of " + contentId + " in " + table + " is not readable", e);
        }
    }

    /**
     * Saves the state and its unpublished events over version {@code expected}.
     *
     * @return the new version
     * @throws ConcurrentPublicationChangeException when another writer saved since {@code expected} was read
     */
    public int save(Publication state, List<OutgoingEvent> outbox, int expected) {
        ArrayNode events = EventJson.mapper().createArrayNode();
        outbox.forEach(event -> events.addObject().put("source", event.source())
                .put("detailType", event.type().detailType()).set("detail", event.detail()));
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("contentId", AttributeValue.fromS(state.contentId()));
        item.put("version", AttributeValue.fromN(Integer.toString(expected + 1)));
        item.put("state", AttributeValue.fromS(EventJson.mapper().valueToTree(state).toString()));
        item.put("outbox", AttributeValue.fromS(events.toString()));
        try {
            dynamoDb.putItem(p -> p.tableName(table).item(item)
                    .conditionExpression(expected == 0 ? "attribute_not_exists(contentId)" : "version = :expected")
                    .expressionAttributeValues(expected == 0 ? null
                            : Map.of(":expected", AttributeValue.fromN(Integer.toString(expected)))));
            return expected + 1;
        } catch (ConditionalCheckFailedException e) {
            throw new ConcurrentPublicationChangeException(state.contentId(), expected);
        }
    }

    /**
     * An item's state as read.
     *
     * @param state   the state
     * @param outbox  events decided but not yet known to be published
     * @param version what a save must name
     */
    public record Stored(Publication state, List<OutgoingEvent> outbox, int version) {
    }
}
