package media.polyglot.local.engine.events;

/** A rule's event pattern that event-ruler refuses, with its reason. */
public final class InvalidEventPatternException extends RuntimeException {

    public InvalidEventPatternException(String ruleName, String busName, Exception cause) {
        super("event pattern of rule " + ruleName + " on bus " + busName + " is not valid: " + cause.getMessage(), cause);
    }
}
