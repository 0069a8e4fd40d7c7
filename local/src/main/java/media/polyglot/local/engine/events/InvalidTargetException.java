package media.polyglot.local.engine.events;

/** A target EventBridge would refuse in PutTargets: the message names the part and why. */
public final class InvalidTargetException extends RuntimeException {

    public InvalidTargetException(String message) {
        super(message);
    }
}
