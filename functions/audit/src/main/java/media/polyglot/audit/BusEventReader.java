package media.polyglot.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import media.polyglot.events.EventJson;

/**
 * Reads an EventBridge event, as the rule delivered it to the audit queue, into the event store's
 * shape. An event that lacks what the store needs is refused with the missing part named.
 */
final class BusEventReader {

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
        return new StoredEvent(contentId, position, text(event, "detail-type"), text(event, "source"),
                text(event, "time"), envelope);
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
