package media.polyglot.local.engine.dynamodb;

/** CreateTable named a table that already exists. */
public final class ResourceInUseException extends DynamoDbException {

    public ResourceInUseException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "ResourceInUseException";
    }
}
