package media.polyglot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The whole choreography seen from outside, through the APIs a client and a reader use: the content API, the
 * audit history, the catalog, and a reader's SNS subscription queue.
 */
final class FlowScenario {

    /**
     * How long a scenario waits for a flow: seconds when functions are warm, but a busy machine makes a cold function
     * JVM miss its 10 s init and its message wait out the queue's visibility timeout (60 s).
     */
    static final Duration PATIENCE = Duration.ofMinutes(6);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SignedHttp http;
    private final URI contentApi;
    private final URI historyApi;
    private final URI catalogApi;
    private final SqsClient sqs;
    private final String readerQueueUrl;
    /** Reader notices received but not yet asked for: the queue is shared by every item of a run. */
    private final List<JsonNode> notices = new ArrayList<>();

    FlowScenario(SignedHttp http, URI contentApi, URI historyApi, URI catalogApi, SqsClient sqs, String readerQueueUrl) {
        this.http = http;
        this.contentApi = contentApi;
        this.historyApi = historyApi;
        this.catalogApi = catalogApi;
        this.sqs = sqs;
        this.readerQueueUrl = readerQueueUrl;
    }

    /** The scenario on a target: its three Function URLs and its example reader subscription (German travel). */
    static FlowScenario on(Target target, SqsClient sqs) {
        return new FlowScenario(new SignedHttp(target.credentials(), target.region()), target.contentApi(),
                target.historyApi(), target.catalogApi(), sqs, target.output("GermanTravelReadersQueueUrl"));
    }

    /** An article in English on {@code category}, to be translated into {@code targets}. */
    static String article(String body, String category, String... targets) {
        return JSON.createObjectNode().put("title", "Night trains are back").put("body", body).put("language", "en")
                .put("category", category).set("targetLanguages", JSON.valueToTree(List.of(targets))).toString();
    }

    /** Submits and returns the new content id, checking the answer. */
    String submit(String article) throws Exception {
        HttpResponse<String> accepted = http.send("POST", contentApi.resolve("/content"), article,
                Map.of("Content-Type", "application/json", "X-Correlation-Id", UUID.randomUUID().toString()));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return JSON.readTree(accepted.body()).path("contentId").asText();
    }

    HttpResponse<String> send(String method, String path, String body) throws Exception {
        return http.send(method, contentApi.resolve(path), body, Map.of("Content-Type", "application/json"));
    }

    /** The item's history once it holds every one of {@code detailTypes}, oldest first. */
    List<JsonNode> historyHolding(String contentId, Duration within, String... detailTypes) {
        return await().atMost(within).pollInterval(Duration.ofMillis(100)).until(() -> history(contentId),
                events -> events.stream().map(e -> e.path("detailType").asText()).toList().containsAll(List.of(detailTypes)));
    }

    List<JsonNode> history(String contentId) throws Exception {
        HttpResponse<String> response = http.send("GET", historyApi.resolve("/history/" + contentId), null, Map.of());
        List<JsonNode> events = new ArrayList<>();
        if (response.statusCode() == 200) {
            JSON.readTree(response.body()).path("events").forEach(events::add);
        }
        return events;
    }

    /** The catalog entry once it satisfies {@code condition}. */
    JsonNode catalogEntry(String contentId, Duration within, Predicate<JsonNode> condition) {
        return await().atMost(within).pollInterval(Duration.ofMillis(100)).until(() -> catalog("/content/" + contentId),
                entry -> entry != null && condition.test(entry));
    }

    /** A catalog answer, or null when it is not 200. */
    JsonNode catalog(String pathAndQuery) throws Exception {
        HttpResponse<String> response = http.send("GET", catalogApi.resolve(pathAndQuery), null, Map.of());
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    }

    /** The history's events of {@code detailType}, oldest first. */
    static List<JsonNode> ofType(List<JsonNode> history, String detailType) {
        return history.stream().filter(e -> e.path("detailType").asText().equals(detailType)).toList();
    }

    static List<String> detailTypes(List<JsonNode> history) {
        return history.stream().map(e -> e.path("detailType").asText()).toList();
    }

    static JsonNode data(JsonNode historyEvent) {
        return historyEvent.path("envelope").path("data");
    }

    HttpResponse<String> catalogResponse(String pathAndQuery) throws Exception {
        return http.send("GET", catalogApi.resolve(pathAndQuery), null, Map.of());
    }

    /** The first reader notice about {@code contentId} of {@code kind} the subscription queue receives. */
    JsonNode readerNotice(String contentId, String kind, Duration within) {
        return await().atMost(within).pollInterval(Duration.ZERO).until(() -> {
            for (Message message : sqs.receiveMessage(r -> r.queueUrl(readerQueueUrl).waitTimeSeconds(1)
                    .maxNumberOfMessages(10)).messages()) {
                notices.add(JSON.readTree(message.body()));
                sqs.deleteMessage(d -> d.queueUrl(readerQueueUrl).receiptHandle(message.receiptHandle()));
            }
            return notices.stream().filter(n -> n.path("contentId").asText().equals(contentId)
                    && n.path("kind").asText().equals(kind)).findFirst().orElse(null);
        }, notice -> notice != null);
    }

    /** Every notice about {@code contentId} received so far. */
    List<JsonNode> noticesAbout(String contentId) {
        return notices.stream().filter(n -> n.path("contentId").asText().equals(contentId)).toList();
    }
}
