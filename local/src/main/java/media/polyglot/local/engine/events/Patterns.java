package media.polyglot.local.engine.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.event.ruler.Machine;

/** Event patterns checked and tried as EventBridge does, with AWS's event-ruler. */
public final class Patterns {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Patterns() {
    }

    /** Refuses a pattern event-ruler cannot compile, naming where it came from and why. */
    static void requireValid(String pattern, String where) {
        try {
            JsonNode json = JSON.readTree(pattern);
            if (json == null || !json.isObject()) {
                throw new IllegalArgumentException("an event pattern is a JSON object");
            }
            new Machine().addRule("check", pattern);
        } catch (Exception e) {
            throw new InvalidEventPatternException(where, e);
        }
    }

    /** TestEventPattern: whether the event matches the pattern. */
    public static boolean matches(String pattern, String event) {
        requireValid(pattern, "the request");
        Machine machine = new Machine();
        try {
            machine.addRule("test", pattern);
            return !machine.rulesForJSONEvent(event).isEmpty();
        } catch (Exception e) {
            throw new IllegalArgumentException("the event is not valid JSON: " + e.getMessage(), e);
        }
    }
}
