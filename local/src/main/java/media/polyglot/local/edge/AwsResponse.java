package media.polyglot.local.edge;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What a service answers: status, content type, body and any extra headers. */
public record AwsResponse(int status, String contentType, byte[] body, Map<String, String> headers) {

    public AwsResponse {
        body = body == null ? new byte[0] : body;
        headers = Map.copyOf(headers);
    }

    public static AwsResponse of(int status, String contentType, String body) {
        return new AwsResponse(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
