package media.polyglot.partner.client;

import java.util.Objects;
import media.polyglot.events.EventContract;
import media.polyglot.events.EventContracts;
import media.polyglot.events.EventMetadata;
import media.polyglot.events.EventType;

/**
 * An event a partner sends, before its envelope is made: the data record and the flow it belongs to.
 *
 * @param type          the contract's detail-type and version, found from the data's record class
 * @param data          the event's data, one of the records of {@code media.polyglot.events}
 * @param correlationId the flow it belongs to (the correlation id of the event it answers)
 * @param causationId   the event it answers
 */
public record PartnerEvent(EventType type, Record data, String correlationId, String causationId) {

    public PartnerEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
        requireText(correlationId, "correlationId");
        requireText(causationId, "causationId");
        Class<? extends Record> contractType = EventContracts.of(type).dataType();
        if (!contractType.equals(data.getClass())) {
            throw new IllegalArgumentException(type + " carries " + contractType.getSimpleName() + ", not "
                    + data.getClass().getSimpleName());
        }
    }

    /** {@code data} in answer to the event whose metadata is {@code cause}: same flow, caused by it. */
    public static PartnerEvent answering(EventMetadata cause, Record data) {
        return new PartnerEvent(typeOf(data), data, cause.correlationId(), cause.eventId());
    }

    private static EventType typeOf(Record data) {
        Objects.requireNonNull(data, "data");
        return EventContracts.all().stream()
                .filter(contract -> contract.dataType().equals(data.getClass()))
                .map(EventContract::type)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(data.getClass().getName()
                        + " is not the data record of any event contract"));
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("PartnerEvent." + field + " is required");
        }
    }
}
