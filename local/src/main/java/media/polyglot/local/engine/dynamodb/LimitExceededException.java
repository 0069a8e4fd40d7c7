package media.polyglot.local.engine.dynamodb;

/** A request would take a resource past one of DynamoDB's limits (here: 50 tags a table). */
public final class LimitExceededException extends DynamoDbException {

    public LimitExceededException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "LimitExceededException";
    }
}
