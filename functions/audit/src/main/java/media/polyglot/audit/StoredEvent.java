package media.polyglot.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One event as the event store keeps it, in the stream of the content item it concerns.
 *
 * @param contentId  the stream the event belongs to
 * @param position   orders the stream: occurrence time, then event id, so a redelivery lands on
 *                   the same position and is stored once
 * @param detailType EventBridge's detail-type
 * @param source     EventBridge's source
 * @param time       EventBridge's time (when the bus accepted it)
 * @param envelope   the detail: metadata and data
 */
public record StoredEvent(String contentId, String position, String detailType, String source, String time,
                          JsonNode envelope) {

    public StoredEvent {
        Objects.requireNonNull(contentId, "contentId is required");
        Objects.requireNonNull(position, "position is required");
    }
}
