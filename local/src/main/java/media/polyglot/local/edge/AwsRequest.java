package media.polyglot.local.edge;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One HTTP request as the edge received it, handed to the service it is signed for.
 * Header names are case-insensitive, as HTTP says.
 */
public record AwsRequest(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {

    public AwsRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = query == null ? "" : query;
        TreeMap<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseInsensitive.putAll(headers);
        headers = caseInsensitive;
        body = body == null ? new byte[0] : body;
    }

    /** The first value of a header, or null when the request has none. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
