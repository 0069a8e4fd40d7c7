package media.polyglot.common;

/**
 * An event a consumer can never handle, however often it is retried: not JSON, not an event of ours,
 * or breaking its contract. The consumer parks it in its dead-letter queue with this message as the
 * reason, instead of retrying it.
 */
public final class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
