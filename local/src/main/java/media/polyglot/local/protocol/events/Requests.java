package media.polyglot.local.protocol.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import media.polyglot.local.engine.events.EventBus;
import media.polyglot.local.engine.events.EventRouter;

/** Reading EventBridge request members, with AWS's wording when one is missing. */
final class Requests {

    private Requests() {
    }

    static String required(JsonNode request, String member) {
        JsonNode value = request.get(member);
        if (value == null || value.isNull() || value.asText().isEmpty()) {
            throw EventBridgeException.invalid("1 validation error detected: Value null at '" + lowerFirst(member)
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return value.asText();
    }

    static String optional(JsonNode request, String member) {
        JsonNode value = request.get(member);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** A JSON 1.1 timestamp: epoch seconds, possibly with a fraction. */
    static Instant time(JsonNode request, String member) {
        JsonNode value = request.get(member);
        if (value == null || !value.isNumber()) {
            throw EventBridgeException.invalid("Parameter " + member + " is not valid: expected a timestamp");
        }
        return Instant.ofEpochMilli(Math.round(value.asDouble() * 1000));
    }

    static EventBus bus(EventRouter router, JsonNode request, String member) {
        String name = optional(request, member);
        EventBus bus = router.bus(name);
        if (bus == null) {
            throw EventBridgeException.notFound("Event bus " + name + " does not exist.");
        }
        return bus;
    }

    private static String lowerFirst(String member) {
        return Character.toLowerCase(member.charAt(0)) + member.substring(1);
    }
}
