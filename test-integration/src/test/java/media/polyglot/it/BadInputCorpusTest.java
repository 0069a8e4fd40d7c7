package media.polyglot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import media.polyglot.infra.PolyglotApp;
import media.polyglot.it.badinput.BadInputCase;
import media.polyglot.it.badinput.Companions;
import media.polyglot.it.badinput.Corpus;
import media.polyglot.it.badinput.DeadLetterInbox;
import media.polyglot.it.badinput.SignedRequests;
import media.polyglot.local.LocalRuntime;
import media.polyglot.local.LocalSettings;
import media.polyglot.local.edge.FunctionUrlServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The bad input corpus ({@code src/test/resources/bad-input}, described by its README) against the whole system on
 * the embedded local runtime: each malformed or hostile request or event goes where its index entry says (a
 * Function URL, PutEvents on the bus, a subscription queue) and must get a clear 4xx with a reason or land in the
 * right dead-letter queue with its reason; never a 5xx, a hang, or a valid event lost beside it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputCorpusTest {

    private static final String BUS = "polyglot";
    /**
     * A consumer parks at once; longer than a queue's visibility timeout (60 s), so that a batch whose function
     * instance failed to start (on a loaded machine a JVM may miss Lambda's 10 s init limit) is seen again.
     */
    private static final Duration PARKED = Duration.ofSeconds(75);
    private static final Duration FLOW = Duration.ofSeconds(180);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalRuntime runtime;
    private static SqsClient sqs;
    private static EventBridgeClient events;
    private static SignedRequests http;
    private static DeadLetterInbox deadLetters;
    private static final Companions companions = new Companions();

    @BeforeAll
    static void synthesizeAndStart() throws Exception {
        Path assembly = Path.of(PolyglotApp.synthesize(Path.of("target", "cdk.out-bad-input"), "dev").getDirectory());
        runtime = LocalRuntime.start(LocalSettings.defaults(assembly).withEdgePort(0));
        sqs = AwsTestClients.at(SqsClient.builder(), runtime.edgeUrl(), "us-east-1", "test", "test");
        events = AwsTestClients.at(EventBridgeClient.builder(), runtime.edgeUrl(), "us-east-1", "test", "test");
        http = new SignedRequests(AwsCredentialsIdentity.create("test", "test"), "us-east-1");
        deadLetters = new DeadLetterInbox(sqs);
        warmUp();
    }

    /** One whole flow first, so the cases meet running functions rather than the cold start of each. */
    private static void warmUp() throws Exception {
        String article = "{\"title\": \"Night trains are back\", \"body\": \"Across Europe, sleeper routes return.\","
                + " \"language\": \"en\", \"category\": \"travel\", \"targetLanguages\": [\"de\"]}";
        HttpResponse<String> accepted = http.send("POST", URI.create(urlOf("content") + "content"),
                article.getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of("Content-Type", "application/json"));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String contentId = JSON.readTree(accepted.body()).path("contentId").asText();
        await().atMost(FLOW).pollInterval(Duration.ofMillis(500)).until(() -> detailTypes(contentId),
                types -> types.contains("ContentPublished"));
    }

    @AfterAll
    static void stop() {
        if (sqs != null) {
            sqs.close();
        }
        if (events != null) {
            events.close();
        }
        if (runtime != null) {
            runtime.close();
        }
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> everyCaseGetsAClearAnswer() {
        List<BadInputCase> corpus = Corpus.load();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(50);
        return corpus.stream().map(c -> DynamicTest.dynamicTest(c + ": " + c.why(), () -> {
            long started = System.nanoTime();
            try {
                send(c);
            } finally {
                // One line per case in the build's log, so a slow or failing case is easy to find.
                System.out.printf("bad input %s: %d ms%n", c, (System.nanoTime() - started) / 1_000_000);
            }
        }));
    }

    @Test
    @Order(2)
    void everyValidEventSentBesideABadOneArrived() {
        Map<String, String> sent = companions.sent();
        assertThat(sent).isNotEmpty();
        await().atMost(FLOW).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            List<String> missing = new ArrayList<>();
            for (Map.Entry<String, String> companion : sent.entrySet()) {
                if (!detailTypes(companion.getKey()).contains(Companions.DETAIL_TYPE)) {
                    missing.add(companion.getValue());
                }
            }
            assertThat(missing).as("cases whose valid companion never reached the event store").isEmpty();
        });
    }

    @Test
    @Order(3)
    void nothingAnsweredWithAServerErrorAndNoQueueIsLeftRetrying() throws Exception {
        List<String> serverErrors = new ArrayList<>();
        for (JsonNode hop : management("hops?after=0")) {
            boolean httpError = hop.path("kind").asText().equals("HTTP_REQUEST")
                    && hop.path("details").path("status").asInt() >= 500;
            // A JVM that misses Lambda's 10 s init limit on a loaded machine is retried; it is no answer to an input.
            boolean functionError = hop.path("kind").asText().equals("FUNCTION_INVOKED")
                    && !hop.path("outcome").asText().equals("ok")
                    && !hop.path("outcome").asText().contains("Init timed out");
            if (httpError || functionError) {
                serverErrors.add(hop.path("resource").asText() + ": " + hop.path("outcome").asText() + " "
                        + hop.path("details"));
            }
        }
        assertThat(serverErrors).as("5xx answers and failed invocations").isEmpty();
        // A message its consumer keeps failing on would sit in its queue, retried until maxReceiveCount: a hang.
        // (Queues no function consumes, a reader's subscription say, keep what they were sent.)
        await().atMost(FLOW).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            List<String> busy = new ArrayList<>();
            JsonNode status = management("status");
            List<String> consumed = new ArrayList<>();
            status.path("mappings").forEach(mapping -> consumed.add(mapping.path("source").asText()));
            for (JsonNode queue : status.path("queues")) {
                int waiting = queue.path("visible").asInt() + queue.path("inFlight").asInt();
                if (consumed.contains(queue.path("arn").asText()) && waiting > 0) {
                    busy.add(queue.path("name").asText() + " holds " + waiting);
                }
            }
            assertThat(busy).as("subscription queues still holding messages").isEmpty();
        });
    }

    private static void send(BadInputCase c) throws Exception {
        switch (c.target()) {
            case "content", "audit", "catalog" -> request(c);
            case "bus" -> putEvent(c);
            case "sqs" -> sendMessage(c);
            default -> throw new IllegalStateException("case " + c + " has an unknown target " + c.target());
        }
    }

    private static void request(BadInputCase c) throws Exception {
        URI base = urlOf(c.target());
        boolean content = c.target().equals("content");
        URI uri = URI.create(base.toString().replaceFirst("/$", "") + (content ? c.get("path") : c.text().trim()));
        Map<String, String> headers = new HashMap<>(c.headers());
        headers.put("Content-Type", "application/json");
        HttpResponse<String> response = http.send(c.get("method"), uri, content ? c.payload() : new byte[0], headers);

        JsonNode expect = c.expect();
        assertThat(response.statusCode()).as(response.body()).isIn(statuses(expect.path("status")));
        if (response.statusCode() >= 400) {
            JsonNode error = JSON.readTree(response.body());
            String message = error.path("message").asText(error.path("Message").asText(""));
            assertThat(message).as("the reason given with " + response.statusCode()).isNotBlank();
            if (expect.has("code")) {
                assertThat(error.path("code").asText()).as(response.body()).isEqualTo(expect.get("code").asText());
            }
            assertThat(message.toLowerCase(Locale.ROOT)).contains(expect.path("message").asText("").toLowerCase(Locale.ROOT));
        } else if (expect.path("published").asBoolean()) {
            String contentId = JSON.readTree(response.body()).path("contentId").asText();
            await().atMost(FLOW).pollInterval(Duration.ofMillis(250)).until(() -> detailTypes(contentId),
                    types -> types.contains("ContentPublished") || types.contains("ContentRejected"));
        }
    }

    private static void putEvent(BadInputCase c) throws Exception {
        PutEventsRequestEntry bad = PutEventsRequestEntry.builder().eventBusName(BUS).source(c.get("source"))
                .detailType(c.get("detailType")).detail(c.text()).build();
        PutEventsRequestEntry companion = companion(c);
        JsonNode expect = c.expect();
        if (expect.has("refused")) {
            assertThatThrownBy(() -> events.putEvents(r -> r.entries(bad, companion)))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> refusedAs(e, expect));
            assertThat(events.putEvents(r -> r.entries(companion)).failedEntryCount()).isZero();
            return;
        }
        PutEventsResponse response = events.putEvents(r -> r.entries(bad, companion));
        PutEventsResultEntry result = response.entries().get(0);
        assertThat(response.entries().get(1).eventId()).as("the valid entry beside it").isNotBlank();
        if (expect.has("rejected")) {
            assertThat(result.errorCode()).isEqualTo(expect.get("rejected").asText());
            assertThat(result.errorMessage()).isNotBlank();
            return;
        }
        assertThat(result.errorCode()).as(result.errorMessage()).isNull();
        String eventId = result.eventId();
        expectParked(c, body -> body.contains("\"" + eventId + "\""));
        if (expect.path("stored").asBoolean()) {
            String contentId = JSON.readTree(c.text()).path("data").path("contentId").asText();
            await().atMost(FLOW).pollInterval(Duration.ofMillis(250)).until(() -> detailTypes(contentId),
                    types -> types.contains(c.get("detailType")));
        }
    }

    private static void sendMessage(BadInputCase c) throws Exception {
        String queueUrl = sqs.listQueues().queueUrls().stream()
                .filter(url -> url.contains(c.get("queue")) && !url.contains("DeadLetter")).findFirst()
                .orElseThrow(() -> new AssertionError("no queue named like " + c.get("queue")));
        String body = c.text();
        JsonNode expect = c.expect();
        Runnable send = () -> sqs.sendMessage(m -> {
            m.queueUrl(queueUrl).messageBody(body);
            if (queueUrl.endsWith(".fifo")) {
                m.messageGroupId("bad-input").messageDeduplicationId(UUID.randomUUID().toString());
            }
        });
        if (expect.has("refused")) {
            assertThatThrownBy(send::run).isInstanceOfSatisfying(AwsServiceException.class, e -> refusedAs(e, expect));
        } else {
            send.run();
        }
        assertThat(events.putEvents(r -> r.entries(companion(c))).failedEntryCount()).isZero();
        if (!expect.has("refused")) {
            expectParked(c, body::equals);
        }
    }

    /** Parked by each subscription the case names, with a reason containing the text given for it. */
    private static void expectParked(BadInputCase c, Predicate<String> isOurs) {
        Iterator<Map.Entry<String, JsonNode>> subscriptions = c.expect().path("dlq").fields();
        while (subscriptions.hasNext()) {
            Map.Entry<String, JsonNode> subscription = subscriptions.next();
            DeadLetterInbox.Parked parked = deadLetters.await(subscription.getKey(), isOurs, PARKED);
            assertThat(parked).as("parked in the dead-letter queue of " + subscription.getKey()).isNotNull();
            assertThat(parked.reason()).as("the reason it was parked").isNotBlank();
            assertThat(parked.reason().toLowerCase(Locale.ROOT))
                    .contains(subscription.getValue().asText().toLowerCase(Locale.ROOT));
        }
    }

    private static void refusedAs(AwsServiceException e, JsonNode expect) {
        assertThat(e.statusCode()).as(e.getMessage()).isEqualTo(expect.path("status").asInt(400));
        List<String> codes = new ArrayList<>();
        JsonNode refused = expect.get("refused");
        if (refused.isArray()) {
            refused.forEach(code -> codes.add(code.asText()));
        } else {
            codes.add(refused.asText());
        }
        assertThat(e.awsErrorDetails().errorCode()).isIn(codes);
        assertThat(e.awsErrorDetails().errorMessage()).isNotBlank();
    }

    private static PutEventsRequestEntry companion(BadInputCase c) {
        Companions.Companion companion = companions.next(c.toString());
        return PutEventsRequestEntry.builder().eventBusName(BUS).source(Companions.SOURCE)
                .detailType(Companions.DETAIL_TYPE).detail(companion.detail()).build();
    }

    private static List<Integer> statuses(JsonNode status) {
        List<Integer> statuses = new ArrayList<>();
        if (status.isArray()) {
            status.forEach(s -> statuses.add(s.asInt()));
        } else {
            statuses.add(status.asInt());
        }
        return statuses;
    }

    private static List<String> detailTypes(String contentId) throws Exception {
        HttpResponse<String> response = http.send("GET", URI.create(urlOf("audit").toString().replaceFirst("/$", "")
                + "/history/" + contentId), new byte[0], Map.of());
        List<String> types = new ArrayList<>();
        if (response.statusCode() == 200) {
            JSON.readTree(response.body()).path("events").forEach(e -> types.add(e.path("detailType").asText()));
        }
        return types;
    }

    private static JsonNode management(String path) throws Exception {
        HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(runtime.edgeUrl().resolve("/_polyglot/" + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static URI urlOf(String context) {
        return runtime.functionUrls().stream()
                .filter(url -> url.functionUrl().context().equals(context))
                .map(FunctionUrlServer::url)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Function URL for context " + context));
    }
}
