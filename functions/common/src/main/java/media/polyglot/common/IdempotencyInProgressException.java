package media.polyglot.common;

/**
 * Another invocation is working on the same key: this delivery is retried later (the message returns
 * to its queue), never run twice at once.
 */
public final class IdempotencyInProgressException extends RuntimeException {

    public IdempotencyInProgressException(String key) {
        super("idempotency key " + key + " is in progress in another invocation; retry after its deadline");
    }
}
