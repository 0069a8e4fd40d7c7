package media.polyglot.content;

/** An outbox row that can never become an event; the relay parks it with this reason. */
final class InvalidOutboxRowException extends RuntimeException {

    InvalidOutboxRowException(String message) {
        super(message);
    }
}
