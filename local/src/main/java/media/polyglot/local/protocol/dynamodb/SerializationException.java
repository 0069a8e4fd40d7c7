package media.polyglot.local.protocol.dynamodb;

import media.polyglot.local.engine.dynamodb.DynamoDbException;

/** A request body that is not JSON, or JSON of the wrong shape for the operation. */
final class SerializationException extends DynamoDbException {

    SerializationException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "SerializationException";
    }
}
