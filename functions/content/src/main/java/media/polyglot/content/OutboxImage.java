package media.polyglot.content;

import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;
import media.polyglot.common.OutgoingEvent;
import media.polyglot.events.EventJson;
import media.polyglot.events.EventType;

/** Reads an outbox row back from its stream image, refusing a row that cannot be an event. */
final class OutboxImage {

    private OutboxImage() {
    }

    static OutgoingEvent toEvent(Map<String, AttributeValue> image) {
        String detailType = string(image, "detailType");
        int version = number(image, "schemaVersion");
        JsonNode detail;
        try {
            detail = EventJson.mapper().readTree(string(image, "detail"));
        } catch (JsonProcessingException e) {
            throw new InvalidOutboxRowException("detail is not JSON: " + e.getOriginalMessage());
        }
        EventType type = EventType.ofDetailType(detailType);
        if (type.majorVersion() != version) {
            throw new InvalidOutboxRowException("outbox row has detailType " + detailType + " (" + type
                    + ") but schemaVersion " + version);
        }
        return new OutgoingEvent(string(image, "source"), type, detail);
    }

    /** The row as plain JSON, to park it in the dead-letter queue where a person can read it. */
    static String describe(Map<String, AttributeValue> image) {
        Map<String, String> plain = new TreeMap<>();
        image.forEach((name, value) -> plain.put(name, value.getS() != null ? value.getS() : value.getN()));
        return EventJson.mapper().valueToTree(plain).toString();
    }

    private static String string(Map<String, AttributeValue> image, String name) {
        AttributeValue value = image.get(name);
        if (value == null || value.getS() == null) {
            throw new InvalidOutboxRowException("outbox row has no string attribute " + name);
        }
        return value.getS();
    }

    private static int number(Map<String, AttributeValue> image, String name) {
        AttributeValue value = image.get(name);
        if (value == null || value.getN() == null) {
            throw new InvalidOutboxRowException("outbox row has no number attribute " + name);
        }
        try {
            return Integer.parseInt(value.getN());
        } catch (NumberFormatException e) {
            throw new InvalidOutboxRowException("outbox row attribute " + name + " is not an integer: " + value.getN());
        }
    }
}
