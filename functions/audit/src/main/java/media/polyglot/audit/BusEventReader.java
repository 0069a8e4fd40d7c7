package media.polyglot.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import media.polyglot.events.EventJson;

/**
 * Reads an EventBridge event, as the rule delivered it to the audit queue, into the event store's
 * shape. An event that lacks what the store needs is refused with the missing part named.
 */
final class BusEventReader {

    /** DynamoDB's key limits: the store's partition key is the content id, its sort key the position. */
    private static final int MAX_PARTITION_KEY_BYTES = 2048;
    private static final int MAX_SORT_KEY_BYTES = 1024;

    private BusEventReader() {
    }

    static StoredEvent read(String body) {
        JsonNode event;
        try {
            event = EventJson.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("message is not JSON: " + e.getOriginalMessage());
        }
        JsonNode envelope = required(event, "detail");
        JsonNode metadata = required(envelope, "metadata");
        String contentId = text(required(envelope, "data"), "contentId");
        String position = text(metadata, "occurredAt") + "#" + text(metadata, "eventId");
        requireKeySize("data.contentId", contentId, MAX_PARTITION_KEY_BYTES);
        requireKeySize("metadata.occurredAt#eventId", position, MAX_SORT_KEY_BYTES);
        return new StoredEvent(contentId, position, text(event, "detail-type"), text(event, "source"),
                text(event, "time"), envelope);
    }

    private static void requireKeySize(String field, String value, int maxBytes) {
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            throw new IllegalArgumentException(field + " is too long to be a key of the event store: " + bytes
                    + " bytes, DynamoDB allows " + maxBytes);
        }
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isObject()) {
            throw new IllegalArgumentException("event has no object " + field);
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("event has no text field " + field);
        }
        return value.asText();
    }
}
