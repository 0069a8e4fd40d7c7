package media.polyglot.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import media.polyglot.events.ContractValidator;
import media.polyglot.events.Envelope;
import media.polyglot.events.EventContract;
import media.polyglot.events.EventContracts;
import media.polyglot.events.EventJson;
import media.polyglot.events.EventMetadata;
import media.polyglot.events.EventReader;
import media.polyglot.events.EventType;
import media.polyglot.events.UnknownEventTypeException;

/**
 * An EventBridge event as a rule delivers it to a subscription's queue: the bus's own fields and
 * the {@code detail} (our envelope), checked against its contract.
 *
 * @param source     EventBridge's source
 * @param type       the event type and version its detail-type names
 * @param detail     the envelope as JSON
 * @param metadata   the envelope's metadata
 */
public record BusEvent(String source, EventType type, JsonNode detail, EventMetadata metadata) {

    public BusEvent {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(metadata, "metadata");
    }

    /**
     * Reads and checks a message body.
     *
     * @throws InvalidEventException when the body is not an event of a known type that keeps its contract
     */
    public static BusEvent parse(String body, ContractValidator validator) {
        JsonNode event;
        try {
            event = EventJson.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("message is not JSON: " + e.getOriginalMessage(), e);
        }
        if (event == null || !event.path("detail").isObject()) {
            throw new InvalidEventException("message is not an EventBridge event with an object detail");
        }
        String detailType = event.path("detail-type").asText("");
        EventContract contract;
        try {
            contract = EventContracts.ofDetailType(detailType);
        } catch (UnknownEventTypeException e) {
            throw new InvalidEventException(e.getMessage(), e);
        }
        JsonNode detail = event.get("detail");
        List<String> violations = validator.violations(contract.type(), detail);
        if (!violations.isEmpty()) {
            throw new InvalidEventException(contract.type() + " (detail-type " + detailType + ") breaks its contract: "
                    + String.join("; ", violations));
        }
        EventMetadata metadata;
        try {
            metadata = EventJson.mapper().treeToValue(detail.get("metadata"), EventMetadata.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidEventException("metadata of " + contract.type() + " cannot be read: " + e.getMessage(), e);
        }
        return new BusEvent(event.path("source").asText(), contract.type(), detail, metadata);
    }

    /** Whether this is the event version {@code expected}. */
    public boolean is(EventType expected) {
        return type.equals(expected);
    }

    /**
     * The envelope with its data read as {@code dataType}.
     *
     * @throws InvalidEventException when the data does not map to it
     */
    public <T> Envelope<T> read(Class<T> dataType) {
        try {
            return EventReader.read(type, detail, dataType);
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException(e.getMessage(), e);
        }
    }

    /** The data record, read as the one the contract registry names for this type. */
    public <T> T data(Class<T> dataType) {
        return read(dataType).data();
    }

    /** SHA-256 of the detail as delivered: a redelivery hashes the same, a different payload does not. */
    public String payloadHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(detail.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
