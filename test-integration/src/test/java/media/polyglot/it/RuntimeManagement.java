package media.polyglot.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The local runtime's management API ({@code /_polyglot/}): fault switches, the hop log, redrive. */
final class RuntimeManagement {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    RuntimeManagement(URI base) {
        this.base = base;
    }

    /** Puts fault settings in force (fields left out are off) and answers the settings and counts. */
    JsonNode faults(String settings) throws IOException, InterruptedException {
        return call("POST", "faults", settings);
    }

    /** The settings in force and what they did since they were set. */
    JsonNode faultCounts() throws IOException, InterruptedException {
        return call("GET", "faults", null).path("counts");
    }

    JsonNode redrive(String deadLetterQueueName) throws IOException, InterruptedException {
        return call("POST", "redrive", JSON.createObjectNode().put("queue", deadLetterQueueName).toString());
    }

    /** Every hop of one flow the log holds, oldest first. */
    List<JsonNode> hops(String correlationId) throws IOException, InterruptedException {
        List<JsonNode> hops = new ArrayList<>();
        call("GET", "hops?after=0&correlationId=" + URLEncoder.encode(correlationId, StandardCharsets.UTF_8), null)
                .forEach(hops::add);
        return hops;
    }

    /** Every event put on a bus that the hop log holds, oldest first. */
    List<JsonNode> puts() throws IOException, InterruptedException {
        List<JsonNode> puts = new ArrayList<>();
        call("GET", "hops?after=0", null).forEach(hop -> {
            if (hop.path("kind").asText().equals("EVENT_PUT")) {
                puts.add(hop);
            }
        });
        return puts;
    }

    private JsonNode call(String method, String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
