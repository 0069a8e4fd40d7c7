package media.polyglot.common;

/**
 * The same idempotency key arrived with a different payload: two different things claim one event id.
 * It is an error to investigate, not a duplicate to skip.
 */
public final class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String key, String storedHash, String givenHash) {
        super("idempotency key " + key + " was first used with payload hash " + storedHash + " and now with "
                + givenHash + ": an event id must not be reused for another payload");
    }
}
