package media.polyglot.bench.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import media.polyglot.bench.BenchException;

/** The runtime's management API ({@code /_polyglot/} on the edge): status, and the hop log followed by sequence. */
final class Management {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI edge;

    Management(URI edge) {
        this.edge = edge;
    }

    JsonNode status() {
        return get("status");
    }

    /** Hops recorded after {@code sequence}, waiting up to a second for one. */
    JsonNode hopsAfter(long sequence) {
        return get("hops?after=" + sequence + "&wait=1");
    }

    /** The Function URL of a context ({@code content}, {@code audit}, {@code catalog}) from the status. */
    URI functionUrl(JsonNode status, String context) {
        for (JsonNode stack : status.path("stacks")) {
            for (JsonNode url : stack.path("functionUrls")) {
                if (url.path("context").asText().equals(context)) {
                    return URI.create(url.path("url").asText());
                }
            }
        }
        throw new BenchException("the runtime serves no Function URL for " + context + "; is cdk.out the project's?");
    }

    private JsonNode get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(edge.resolve("/_polyglot/" + path))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new BenchException("GET /_polyglot/" + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new BenchException("GET /_polyglot/" + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted during GET /_polyglot/" + path, e);
        }
    }
}
