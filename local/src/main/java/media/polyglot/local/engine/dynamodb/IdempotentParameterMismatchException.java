package media.polyglot.local.engine.dynamodb;

/** A TransactWriteItems whose ClientRequestToken was used in the last ten minutes for other actions. */
public final class IdempotentParameterMismatchException extends DynamoDbException {

    public IdempotentParameterMismatchException(String token) {
        super("Request token " + token + " was used within the last 10 minutes with different TransactItems; "
                + "a token identifies one request");
    }

    @Override
    public String errorCode() {
        return "IdempotentParameterMismatchException";
    }
}
