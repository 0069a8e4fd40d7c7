package media.polyglot.local.protocol.dynamodb;

import media.polyglot.local.engine.dynamodb.DynamoDbException;

/** An {@code X-Amz-Target} that names no operation this endpoint serves. */
final class UnknownOperationException extends DynamoDbException {

    UnknownOperationException(String target) {
        super("Unknown operation: X-Amz-Target " + (target == null ? "is missing" : "'" + target + "' is not served here"));
    }

    @Override
    public String errorCode() {
        return "UnknownOperationException";
    }
}
