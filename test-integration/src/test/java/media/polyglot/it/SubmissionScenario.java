package media.polyglot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * The walking skeleton's scenario, the same on every target: content submitted over its Function
 * URL reaches the audit history as ContentSubmitted, with the correlation id the client chose.
 */
final class SubmissionScenario {

    static final String ARTICLE = """
            {"title": "Night trains are back", "body": "Across Europe, sleeper routes return.",
             "language": "en", "category": "travel", "targetLanguages": ["de", "fr", "es"]}""";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Target system;
    private final SignedHttp http;

    SubmissionScenario(Target system) {
        this.system = system;
        this.http = new SignedHttp(system.credentials(), system.region());
    }

    /** Submits an article and returns the event the history shows for it. */
    JsonNode submittedContentReachesHistory(Duration within) throws Exception {
        String correlationId = UUID.randomUUID().toString();
        HttpResponse<String> accepted = http.send("POST", system.contentApi().resolve("/content"), ARTICLE,
                Map.of("Content-Type", "application/json", "X-Correlation-Id", correlationId));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        JsonNode answer = JSON.readTree(accepted.body());
        String contentId = answer.path("contentId").asText();
        assertThat(answer.path("revision").asInt()).isEqualTo(1);
        assertThat(answer.path("correlationId").asText()).isEqualTo(correlationId);

        URI history = system.historyApi().resolve("/history/" + contentId);
        // Later contexts add their own events; the audit queue may well bring moderation's verdict before the
        // submission, since the store keeps arrival order, not causal order.
        JsonNode event = await().atMost(within).pollInterval(Duration.ofMillis(100))
                .until(() -> submissionIn(historyOf(history)), found -> found != null);
        assertThat(event.path("source").asText()).isEqualTo("polyglot.content");
        assertThat(event.path("envelope").path("metadata").path("correlationId").asText()).isEqualTo(correlationId);
        assertThat(event.path("envelope").path("data").path("contentId").asText()).isEqualTo(contentId);
        return event;
    }

    HttpResponse<String> submit(String body) throws Exception {
        return http.send("POST", system.contentApi().resolve("/content"), body, Map.of("Content-Type", "application/json"));
    }

    HttpResponse<String> submitUnsigned(String body) throws Exception {
        return http.sendUnsigned("POST", system.contentApi().resolve("/content"), body);
    }

    private static JsonNode submissionIn(JsonNode events) {
        if (events == null) {
            return null;
        }
        for (JsonNode event : events) {
            if (event.path("detailType").asText().equals("ContentSubmitted")) {
                return event;
            }
        }
        return null;
    }

    private JsonNode historyOf(URI history) throws Exception {
        HttpResponse<String> response = http.send("GET", history, null, Map.of());
        return response.statusCode() == 200 ? JSON.readTree(response.body()).path("events") : null;
    }
}
