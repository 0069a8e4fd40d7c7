package media.polyglot.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns an event's {@code detail} into its envelope and data record, for consumers. The record type
 * comes from {@link EventContracts} by detail-type; fields and enum values the record does not know
 * are ignored, so consumers keep working when a producer adds an optional field.
 */
public final class EventReader {

    private EventReader() {
    }

    /**
     * The envelope of an event whose {@code detail-type} is {@code detailType}.
     *
     * @throws UnknownEventTypeException    when the detail-type has no contract
     * @throws IllegalArgumentException when the detail does not map to the contract's record
     */
    public static Envelope<? extends Record> read(String detailType, JsonNode detail) {
        EventContract contract = EventContracts.ofDetailType(detailType);
        return read(contract.type(), detail, contract.dataType());
    }

    /**
     * The envelope of an event of {@code type}, its data read as {@code dataType}.
     *
     * @throws IllegalArgumentException when the detail does not map to {@code dataType}
     */
    public static <T> Envelope<T> read(EventType type, JsonNode detail, Class<T> dataType) {
        JavaType envelopeType = EventJson.mapper().getTypeFactory().constructParametricType(Envelope.class, dataType);
        try {
            return EventJson.mapper().treeToValue(detail, envelopeType);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot read " + type + " (detail-type " + type.detailType()
                    + ") as " + dataType.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
