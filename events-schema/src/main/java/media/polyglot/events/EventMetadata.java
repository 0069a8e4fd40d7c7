package media.polyglot.events;

import java.time.Instant;
import java.util.Objects;

/**
 * The {@code metadata} half of every event's {@code detail}: who produced it, when, and how it
 * relates to the flow it belongs to.
 *
 * @param eventId       unique id of this event; consumers deduplicate on it
 * @param schemaVersion major version of the event's schema the {@code data} follows
 * @param correlationId follows one content item through every hop
 * @param causationId   the event id (or request id) that caused this event
 * @param producer      the context that emitted it, for example {@code content}
 * @param occurredAt    when the fact happened, not when it was delivered
 */
public record EventMetadata(String eventId, int schemaVersion, String correlationId, String causationId,
                            String producer, Instant occurredAt) {

    public EventMetadata {
        requireText(eventId, "eventId");
        requireText(correlationId, "correlationId");
        requireText(causationId, "causationId");
        requireText(producer, "producer");
        Objects.requireNonNull(occurredAt, "metadata.occurredAt is required");
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("metadata.schemaVersion must be 1 or more, was " + schemaVersion);
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("metadata." + field + " is required");
        }
    }
}
