package media.polyglot.local.edge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Error answers in the shape the caller's protocol parses: JSON protocols read
 * {@code {"__type": code, "message": ...}}; query protocols (form-encoded requests: SNS, SQS's
 * older form) read an XML {@code ErrorResponse}.
 */
public final class AwsErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AwsErrors() {
    }

    public static AwsResponse json(int status, String code, String message) {
        ObjectNode body = JSON.createObjectNode().put("__type", code).put("message", message);
        return AwsResponse.of(status, "application/x-amz-json-1.1", body.toString());
    }

    /** The error in the protocol of {@code request}: XML for a form-encoded query request, JSON otherwise. */
    public static AwsResponse forRequest(AwsRequest request, int status, String code, String message) {
        String contentType = request.header("Content-Type");
        if (contentType == null || !contentType.startsWith("application/x-www-form-urlencoded")) {
            return json(status, code, message);
        }
        String body = "<ErrorResponse><Error><Type>Sender</Type><Code>" + xml(code) + "</Code><Message>" + xml(message)
                + "</Message></Error><RequestId>00000000-0000-0000-0000-000000000000</RequestId></ErrorResponse>";
        return AwsResponse.of(status, "text/xml", body);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
