package media.polyglot.common;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import media.polyglot.events.Envelope;
import media.polyglot.events.EventJson;
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

    /** The envelope of an event of {@code type}, from {@code source}, as it goes on the bus. */
    public static OutgoingEvent of(String source, EventType type, Envelope<?> envelope) {
        return new OutgoingEvent(source, type, EventJson.mapper().valueToTree(envelope));
    }

    public String eventId() {
        return detail.path("metadata").path("eventId").asText();
    }

    /**
     * The size EventBridge counts against its entry limit: the UTF-8 bytes of source, detail-type and
     * detail (we set neither Time nor Resources), as AWS's "Calculating PutEvents event entry size" says.
     */
    public int entrySizeBytes() {
        return utf8Length(source) + utf8Length(type.detailType()) + utf8Length(detail.toString());
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
