package media.polyglot.bench.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import media.polyglot.bench.BenchException;

/** The audit event store's global stream ({@code GET /stream} on the history URL), read whole as a late consumer. */
final class AuditStream {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE = 100;

    private AuditStream() {
    }

    /** The envelope eventIds of every stored event. */
    static Set<String> eventIds(FunctionUrlClient http, URI historyApi) throws Exception {
        Set<String> ids = new HashSet<>();
        long after = 0;
        while (true) {
            HttpResponse<String> response = http.send("GET", historyApi.resolve("/stream?after=" + after + "&limit=" + PAGE),
                    null, Map.of());
            if (response.statusCode() != 200) {
                throw new BenchException("GET /stream?after=" + after + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            JsonNode page = JSON.readTree(response.body());
            page.path("events").forEach(e -> ids.add(e.path("envelope").path("metadata").path("eventId").asText()));
            if (page.path("next").isNull() || page.path("events").isEmpty()) {
                return ids;
            }
            after = page.path("next").asLong();
        }
    }
}
