package media.polyglot.content;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import media.polyglot.events.Envelope;
import media.polyglot.events.EventJson;
import media.polyglot.events.EventType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An event waiting in the outbox table. It is written in the same transaction as the state it
 * announces; the relay publishes it from the table's stream, and TTL removes it a day later.
 */
public record OutboxRow(String eventId, String source, EventType type, String detail, Instant createdAt) {

    /** Long enough for the relay to have published it many times over; short enough to keep the table small. */
    static final Duration RETENTION = Duration.ofDays(1);

    static OutboxRow of(String source, EventType type, Envelope<?> event) {
        return new OutboxRow(event.metadata().eventId(), source, type,
                EventJson.mapper().valueToTree(event).toString(), event.metadata().occurredAt());
    }

    Map<String, AttributeValue> toItem() {
        return Map.of(
                "eventId", AttributeValue.fromS(eventId),
                "source", AttributeValue.fromS(source),
                "detailType", AttributeValue.fromS(type.detailType()),
                "schemaVersion", AttributeValue.fromN(Integer.toString(type.majorVersion())),
                "detail", AttributeValue.fromS(detail),
                "createdAt", AttributeValue.fromS(createdAt.toString()),
                "expiresAt", AttributeValue.fromN(Long.toString(createdAt.plus(RETENTION).getEpochSecond())));
    }
}
