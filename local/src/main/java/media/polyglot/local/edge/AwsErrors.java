package media.polyglot.local.edge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Error answers in the JSON protocols' shape: {@code {"__type": code, "message": ...}}. */
public final class AwsErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AwsErrors() {
    }

    public static AwsResponse json(int status, String code, String message) {
        ObjectNode body = JSON.createObjectNode().put("__type", code).put("message", message);
        return AwsResponse.of(status, "application/x-amz-json-1.1", body.toString());
    }
}
