package media.polyglot.local.engine.events;

/** An event pattern that event-ruler refuses, with where it was given and why. */
public final class InvalidEventPatternException extends RuntimeException {

    public InvalidEventPatternException(String where, Exception cause) {
        super("event pattern of " + where + " is not valid: " + cause.getMessage(), cause);
    }
}
