package media.polyglot.local.protocol.dynamodb;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import media.polyglot.local.engine.dynamodb.CancellationReason;
import media.polyglot.local.engine.dynamodb.ConditionalCheckFailedException;
import media.polyglot.local.engine.dynamodb.DynamoDbException;
import media.polyglot.local.engine.dynamodb.TransactionCanceledException;
import media.polyglot.local.engine.dynamodb.ValidationException;
import media.polyglot.local.engine.dynamodb.value.AttributeValueJson;

/**
 * Error bodies as DynamoDB sends them: {@code __type} is the error code behind the namespace
 * DynamoDB uses for it (validation and request-level errors come from its Coral framework), the
 * message is {@code message}, except TransactionCanceledException's, which is {@code Message}.
 */
final class ErrorResponses {

    static final int CLIENT_ERROR = 400;
    static final int SERVER_ERROR = 500;

    private static final String DYNAMODB = "com.amazonaws.dynamodb.v20120810#";
    private static final String CORAL_VALIDATE = "com.amazon.coral.validate#";
    private static final String CORAL_SERVICE = "com.amazon.coral.service#";

    private ErrorResponses() {
    }

    static ObjectNode body(DynamoDbException error) {
        ObjectNode body = Json.object();
        body.put("__type", namespace(error) + error.errorCode());
        if (error instanceof TransactionCanceledException cancelled) {
            body.put("Message", cancelled.getMessage());
            ArrayNode reasons = body.putArray("CancellationReasons");
            cancelled.reasons().forEach(reason -> reasons.add(reason(reason)));
        } else {
            body.put("message", error.getMessage());
        }
        if (error instanceof ConditionalCheckFailedException failed) {
            failed.oldItem().ifPresent(item -> body.set("Item", AttributeValueJson.writeItem(item)));
        }
        return body;
    }

    /** The body of an unexpected failure: a message, never a stack trace. */
    static ObjectNode internalError(RuntimeException error) {
        ObjectNode body = Json.object();
        body.put("__type", DYNAMODB + "InternalServerError");
        body.put("message", "Internal server error: " + error.getClass().getSimpleName()
                + (error.getMessage() == null ? "" : ": " + error.getMessage()));
        return body;
    }

    private static String namespace(DynamoDbException error) {
        if (error instanceof ValidationException) {
            return CORAL_VALIDATE;
        }
        if (error instanceof SerializationException || error instanceof UnknownOperationException) {
            return CORAL_SERVICE;
        }
        return DYNAMODB;
    }

    private static ObjectNode reason(CancellationReason reason) {
        ObjectNode json = Json.object();
        json.put("Code", reason.code());
        if (reason.message() != null) {
            json.put("Message", reason.message());
        }
        if (reason.item() != null) {
            json.set("Item", AttributeValueJson.writeItem(reason.item()));
        }
        return json;
    }
}
