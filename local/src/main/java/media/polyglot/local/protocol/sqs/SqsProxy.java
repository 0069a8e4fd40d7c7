package media.polyglot.local.protocol.sqs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import media.polyglot.local.edge.AwsErrors;
import media.polyglot.local.edge.AwsRequest;
import media.polyglot.local.edge.AwsResponse;
import media.polyglot.local.edge.ServiceEndpoint;

/**
 * SQS on the edge: ElasticMQ already speaks SQS's JSON and query protocols, so requests pass
 * through unchanged, and its answers come back unchanged.
 */
public final class SqsProxy implements ServiceEndpoint {

    /** Headers the JDK client sets itself, or that describe only the first hop. */
    private static final Set<String> HOP_HEADERS = Set.of("host", "connection", "content-length", "expect", "upgrade",
            "transfer-encoding", "keep-alive");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI elasticMq;

    public SqsProxy(URI elasticMq) {
        this.elasticMq = elasticMq;
    }

    @Override
    public AwsResponse handle(AwsRequest request) {
        String target = request.path() + (request.query().isEmpty() ? "" : "?" + request.query());
        HttpRequest.Builder forward = HttpRequest.newBuilder(elasticMq.resolve(target))
                .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach((name, values) -> {
            if (!HOP_HEADERS.contains(name.toLowerCase())) {
                values.forEach(value -> forward.header(name, value));
            }
        });
        try {
            HttpResponse<byte[]> response = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, String> headers = new HashMap<>();
            response.headers().firstValue("x-amzn-RequestId").ifPresent(id -> headers.put("x-amzn-RequestId", id));
            response.headers().firstValue("x-amzn-query-error").ifPresent(e -> headers.put("x-amzn-query-error", e));
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            return new AwsResponse(response.statusCode(), contentType, response.body(), headers);
        } catch (IOException e) {
            return AwsErrors.json(503, "ServiceUnavailable", "the queue engine did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AwsErrors.json(503, "ServiceUnavailable", "interrupted while waiting for the queue engine");
        }
    }
}
