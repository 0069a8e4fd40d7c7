package media.polyglot.local.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Talks to a running runtime's management API; a runtime that is not there is a clear error. */
final class ManagementClient {

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI edge;

    ManagementClient(URI edge) {
        this.edge = edge;
    }

    JsonNode get(String path) {
        return send(HttpRequest.newBuilder(edge.resolve("/_polyglot/" + path)).GET());
    }

    JsonNode post(String path, JsonNode body) {
        return send(HttpRequest.newBuilder(edge.resolve("/_polyglot/" + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = json.readTree(response.body());
            if (response.statusCode() != 200) {
                throw new CliException(body.path("message").asText(response.body()));
            }
            return body;
        } catch (ConnectException e) {
            throw new CliException("no local runtime answers at " + edge + "; start one with ./polyglot up"
                    + " (or pass --endpoint URL)");
        } catch (IOException e) {
            throw new CliException("the runtime at " + edge + " did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted");
        }
    }
}
