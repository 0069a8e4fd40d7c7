package media.polyglot.partner.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import media.polyglot.events.ContractValidator;
import media.polyglot.events.Envelope;
import media.polyglot.events.EventContract;
import media.polyglot.events.EventContracts;
import media.polyglot.events.EventJson;
import media.polyglot.events.EventReader;
import media.polyglot.events.UnknownEventTypeException;

/**
 * Reads an SQS message body as the EventBridge event a rule delivered, and its detail as the envelope of a
 * record of type {@code T}, checked against the event's contract; or says why it never can be.
 */
final class IncomingEvents<T extends Record> {

    /** Either the event or the reason it cannot be read; never both. */
    record Read<T>(Envelope<T> event, String refusal) {
    }

    private final Class<T> handled;
    private final ContractValidator validator = new ContractValidator();

    IncomingEvents(Class<T> handled) {
        this.handled = handled;
    }

    Read<T> read(String body) {
        JsonNode event;
        try {
            event = EventJson.mapper().readTree(body);
        } catch (Exception e) {
            return refused("the message is not JSON: " + e.getMessage());
        }
        if (event == null || !event.path("detail-type").isTextual() || !event.path("detail").isObject()) {
            return refused("the message is not an EventBridge event (no detail-type and detail)");
        }
        String detailType = event.path("detail-type").asText();
        EventContract contract;
        try {
            contract = EventContracts.ofDetailType(detailType);
        } catch (UnknownEventTypeException e) {
            return refused(e.getMessage());
        }
        if (!handled.isAssignableFrom(contract.dataType())) {
            return refused("this handler handles " + handled.getSimpleName() + ", not " + detailType + " ("
                    + contract.dataType().getSimpleName() + ")");
        }
        List<String> violations = validator.violations(contract.type(), event.path("detail"));
        if (!violations.isEmpty()) {
            return refused(contract.type() + " (detail-type " + detailType + ") breaks its contract: "
                    + String.join("; ", violations));
        }
        try {
            // Read as the contract's own record: a handler of Record (several detail-types) gets each as its record.
            Envelope<? extends Record> read = EventReader.read(contract.type(), event.path("detail"), contract.dataType());
            return new Read<>(new Envelope<>(read.metadata(), handled.cast(read.data())), null);
        } catch (IllegalArgumentException e) {
            return refused(e.getMessage());
        }
    }

    private Read<T> refused(String reason) {
        return new Read<>(null, reason);
    }
}
