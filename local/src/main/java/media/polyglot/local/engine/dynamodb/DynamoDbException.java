package media.polyglot.local.engine.dynamodb;

/**
 * A failure the engine reports the way DynamoDB does: each subclass is one of DynamoDB's error
 * codes, and its message is the text a client would see.
 */
public abstract class DynamoDbException extends RuntimeException {

    protected DynamoDbException(String message) {
        super(message);
    }

    /** DynamoDB's error code, the part of {@code __type} after the {@code #}. */
    public abstract String errorCode();
}
