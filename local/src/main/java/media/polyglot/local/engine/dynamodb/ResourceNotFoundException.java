package media.polyglot.local.engine.dynamodb;

/** A table, stream or shard the request names does not exist. */
public final class ResourceNotFoundException extends DynamoDbException {

    public ResourceNotFoundException(String message) {
        super(message);
    }

    static ResourceNotFoundException table(String tableName) {
        return new ResourceNotFoundException("Requested resource not found: Table: " + tableName + " not found");
    }

    static ResourceNotFoundException stream(String streamArn) {
        return new ResourceNotFoundException("Requested resource not found: Stream: " + streamArn + " not found");
    }

    @Override
    public String errorCode() {
        return "ResourceNotFoundException";
    }
}
