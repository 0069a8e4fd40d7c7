package media.polyglot.common;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import media.polyglot.events.EventType;

/**
 * An event ready to put on the bus: its source, its type and version, and its detail (the
 * envelope as JSON).
 */
public record OutgoingEvent(String source, EventType type, JsonNode detail) {

    public OutgoingEvent {
        Objects.requireNonNull(source, "source is required");
        Objects.requireNonNull(type, "type is required");
        Objects.requireNonNull(detail, "detail is required");
    }

    public String eventId() {
        return detail.path("metadata").path("eventId").asText();
    }
}
