package media.polyglot.local.engine.dynamodb;

/** A request DynamoDB would refuse as invalid: a missing parameter, a bad key, an expression error. */
public final class ValidationException extends DynamoDbException {

    public ValidationException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "ValidationException";
    }
}
