package media.polyglot.local.engine.dynamodb;

/** A shard iterator was used more than 15 minutes after GetShardIterator or GetRecords issued it. */
public final class ExpiredIteratorException extends DynamoDbException {

    public ExpiredIteratorException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "ExpiredIteratorException";
    }
}
