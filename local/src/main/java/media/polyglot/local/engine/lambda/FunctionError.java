package media.polyglot.local.engine.lambda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An invocation that ended in error: the function threw, its initialisation failed, or the sandbox stopped it
 * (timeout, process exit). {@code body} is the error document exactly as Lambda returns it to the invoker.
 *
 * @param errorType    the exception class the runtime reported ({@code java.lang.IllegalStateException}), or
 *                     the sandbox's type ({@code Sandbox.Timedout}, {@code Runtime.ExitError})
 * @param errorMessage the message, empty when the runtime sent none
 * @param body         the raw error document ({@code {errorMessage, errorType, stackTrace}})
 */
public record FunctionError(String errorType, String errorMessage, byte[] body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public FunctionError {
        if (errorType == null || errorType.isBlank()) {
            throw new IllegalArgumentException("A function error needs an errorType");
        }
        Objects.requireNonNull(errorMessage, "errorMessage");
        Objects.requireNonNull(body, "body");
    }

    /**
     * The error a runtime posted to {@code /invocation/{id}/error} or {@code /init/error}. As the Runtime API
     * specifies, the Lambda-Runtime-Function-Error-Type header stands in when the body has no readable type.
     */
    static FunctionError reported(byte[] body, String errorTypeHeader) {
        String fallbackType = errorTypeHeader == null || errorTypeHeader.isBlank() ? "Runtime.Unknown" : errorTypeHeader;
        try {
            JsonNode document = JSON.readTree(body);
            if (document == null || !document.isObject()) {
                return new FunctionError(fallbackType, "", body);
            }
            String type = document.path("errorType").asText("");
            return new FunctionError(type.isBlank() ? fallbackType : type,
                    document.path("errorMessage").asText(""), body);
        } catch (IOException unreadable) {
            return new FunctionError(fallbackType, "", body);
        }
    }

    /** An error the sandbox itself raises, with the document Lambda would return for it. */
    static FunctionError raised(String errorType, String errorMessage) {
        Map<String, String> document = new LinkedHashMap<>();
        document.put("errorMessage", errorMessage);
        document.put("errorType", errorType);
        try {
            return new FunctionError(errorType, errorMessage, JSON.writeValueAsBytes(document));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("Cannot render the error document for " + errorType, impossible);
        }
    }
}
