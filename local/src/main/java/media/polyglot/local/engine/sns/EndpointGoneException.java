package media.polyglot.local.engine.sns;

/**
 * A client-side delivery failure: the subscribed queue or function does not exist. SNS does not
 * retry these; the message goes straight to the subscription's dead-letter queue, if it has one.
 */
final class EndpointGoneException extends RuntimeException {

    EndpointGoneException(String message, Throwable cause) {
        super(message, cause);
    }
}
