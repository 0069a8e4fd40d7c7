package media.polyglot.local.engine.dynamodb;

/**
 * A stream read asked for records older than the stream keeps (24 hours), which have been
 * trimmed ("TrimmedDataAccessException" in the DynamoDB Streams API Reference).
 */
public final class TrimmedDataAccessException extends DynamoDbException {

    public TrimmedDataAccessException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "TrimmedDataAccessException";
    }
}
