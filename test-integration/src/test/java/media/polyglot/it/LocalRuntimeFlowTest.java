package media.polyglot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import media.polyglot.infra.PolyglotApp;
import media.polyglot.local.LocalRuntime;
import media.polyglot.local.LocalSettings;
import media.polyglot.local.edge.FunctionUrlServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The whole choreography on the embedded local runtime, each function in its own JVM: submission, moderation,
 * translation by the sandbox vendor, publication, the readers' notice through SNS, the catalog and the history.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalRuntimeFlowTest {

    private static final Duration FLOW = Duration.ofSeconds(90);

    private static LocalRuntime runtime;
    private static SqsClient sqs;
    private static FlowScenario flow;

    @BeforeAll
    static void synthesizeAndStart() {
        Path assembly = Path.of(PolyglotApp.synthesize(Path.of("target", "cdk.out-flow"), "dev").getDirectory());
        runtime = LocalRuntime.start(LocalSettings.defaults(assembly).withEdgePort(0));
        sqs = AwsTestClients.at(SqsClient.builder(), runtime.edgeUrl(), "us-east-1", "test", "test");
        String readerQueue = sqs.listQueues().queueUrls().stream()
                .filter(url -> url.contains("GermanTravelReadersQueue")).findFirst().orElseThrow();
        flow = new FlowScenario(new SignedHttp(AwsCredentialsIdentity.create("test", "test"), "us-east-1"),
                urlOf("content"), urlOf("audit"), urlOf("catalog"), sqs, readerQueue);
    }

    @AfterAll
    static void stop() {
        if (sqs != null) {
            sqs.close();
        }
        if (runtime != null) {
            runtime.close();
        }
    }

    @Test
    @Order(1)
    void anArticleIsModeratedTranslatedPublishedAndAnnouncedToItsReaders() throws Exception {
        long cold = publishAndMeasure("cold");
        long warm = publishAndMeasure("warm");
        System.out.printf("flow submit -> German readers' notice: cold %d ms, warm %d ms%n", cold, warm);
    }

    @Test
    @Order(2)
    void aBannedTermIsRejectedAndNothingIsPublished() throws Exception {
        String contentId = flow.submit(FlowScenario.article("Win big at the casino on the night train to Vienna.",
                "travel", "de"));

        List<JsonNode> history = flow.historyHolding(contentId, FLOW, "ContentRejected");
        JsonNode entry = flow.catalogEntry(contentId, FLOW, e -> e.path("status").asText().equals("REJECTED"));

        JsonNode rejected = history.stream().filter(e -> e.path("detailType").asText().equals("ContentRejected"))
                .findFirst().orElseThrow();
        assertThat(rejected.path("envelope").path("data").path("reason").asText()).isEqualTo("POLICY_VIOLATION");
        assertThat(rejected.path("envelope").path("data").path("note").asText()).contains("casino");
        assertThat(entry.path("languages")).isEmpty();
        // Nothing downstream of a rejection: no request, no publication, however long one waits.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> detailTypes(flow.history(contentId))
                .equals(List.of("ContentSubmitted", "ContentRejected")));
    }

    @Test
    @Order(3)
    void aWithdrawalAfterPublicationTakesTheItemDownEverywhere() throws Exception {
        String contentId = flow.submit(FlowScenario.article("Across Europe, sleeper routes return, from Paris to Vienna.",
                "travel", "de"));
        flow.readerNotice(contentId, "published", FLOW);

        HttpResponse<String> withdrawn = flow.send("DELETE", "/content/" + contentId, "{\"reason\": \"outdated\"}");

        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(202);
        JsonNode notice = flow.readerNotice(contentId, "unpublished", FLOW);
        assertThat(notice.path("language").asText()).isEqualTo("de");
        JsonNode entry = flow.catalogEntry(contentId, FLOW, e -> e.path("languages").isEmpty());
        assertThat(entry.path("status").asText()).isEqualTo("WITHDRAWN");
        List<String> types = detailTypes(flow.historyHolding(contentId, FLOW, "ContentWithdrawn", "ContentUnpublished"));
        assertThat(types.subList(types.size() - 2, types.size())).containsExactly("ContentWithdrawn", "ContentUnpublished");

        HttpResponse<String> revised = flow.send("POST", "/content/" + contentId + "/revisions",
                FlowScenario.article("A revision after the withdrawal, long enough.", "travel", "de"));
        assertThat(revised.statusCode()).isEqualTo(409);
        assertThat(revised.body()).contains("\"code\":\"Withdrawn\"");
        assertThat(flow.send("DELETE", "/content/" + contentId, null).statusCode()).isEqualTo(409);
    }

    @Test
    @Order(4)
    void theContentApiRefusesUnknownItemsAndBrokenRevisionsWritingNothing() throws Exception {
        String contentId = flow.submit(FlowScenario.article("Across Europe, sleeper routes return, from Paris to Vienna.",
                "travel"));

        HttpResponse<String> unknown = flow.send("POST", "/content/no-such-item/revisions",
                FlowScenario.article("A body long enough to pass moderation.", "travel", "de"));
        HttpResponse<String> broken = flow.send("POST", "/content/" + contentId + "/revisions", "{\"title\": 1}");
        HttpResponse<String> revised = flow.send("POST", "/content/" + contentId + "/revisions",
                FlowScenario.article("Sleeper routes return across Europe, now with Berlin.", "travel"));

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("title must be a string");
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(202);
        assertThat(revised.body()).contains("\"revision\":2");
        JsonNode entry = flow.catalogEntry(contentId, FLOW, e -> e.path("live").path("revision").asInt() == 2);
        assertThat(entry.path("status").asText()).isEqualTo("PUBLISHED");
    }

    @Test
    @Order(5)
    void theCatalogRefusesWhatItCannotAnswer() throws Exception {
        assertThat(flow.catalogResponse("/content/no-such-item").statusCode()).isEqualTo(404);
        assertThat(flow.catalogResponse("/content?language=German").statusCode()).isEqualTo(400);
        assertThat(flow.catalogResponse("/content?language=de&limit=0").body()).contains("\"code\":\"InvalidQuery\"");
    }

    /** One article through the whole flow; returns the time from submission to the German readers' notice. */
    private long publishAndMeasure(String run) throws Exception {
        long startedAt = System.nanoTime();
        String contentId = flow.submit(FlowScenario.article("Across Europe, sleeper routes return, from Paris to Vienna.",
                "travel", "de", "fr", "es"));
        JsonNode notice = flow.readerNotice(contentId, "published", FLOW);
        long elapsed = (System.nanoTime() - startedAt) / 1_000_000;

        assertThat(notice.path("language").asText()).isEqualTo("de");
        assertThat(notice.path("category").asText()).isEqualTo("travel");
        assertThat(notice.path("title").asText()).isEqualTo("[de] Níght tráíns áré báck");
        assertThat(notice.path("url").asText()).isEqualTo("https://polyglot.media/de/travel/" + contentId);

        JsonNode entry = flow.catalogEntry(contentId, FLOW, e -> e.path("status").asText().equals("PUBLISHED"));
        assertThat(entry.path("languages")).extracting(JsonNode::asText).containsExactly("en", "de", "fr", "es");
        assertThat(flow.catalog("/content?language=fr&limit=100").path("items").findValuesAsText("contentId"))
                .contains(contentId);

        List<JsonNode> history = flow.historyHolding(contentId, FLOW, "ContentPublished.v2", "ContentPublished");
        List<String> types = detailTypes(history);
        assertThat(types).hasSize(10);
        assertThat(types.subList(0, 2)).containsExactly("ContentSubmitted", "ContentApproved");
        assertThat(types.subList(2, 5)).containsOnly("TranslationRequested");
        assertThat(types.subList(5, 8)).containsOnly("TranslationCompleted");
        assertThat(Set.copyOf(types.subList(8, 10))).containsExactlyInAnyOrder("ContentPublished.v2", "ContentPublished");
        assertThat(history.stream().map(e -> e.path("envelope").path("metadata").path("correlationId").asText())
                .collect(Collectors.toSet())).hasSize(1);
        Instant submitted = occurredAt(history.get(0));
        Instant published = occurredAt(history.get(history.size() - 1));
        System.out.printf("%s flow: submit -> notice %d ms; ContentSubmitted -> ContentPublished %d ms (event times)%n",
                run, elapsed, Duration.between(submitted, published).toMillis());
        return elapsed;
    }

    private static List<String> detailTypes(List<JsonNode> history) {
        return history.stream().map(e -> e.path("detailType").asText()).toList();
    }

    private static Instant occurredAt(JsonNode event) {
        return Instant.parse(event.path("envelope").path("metadata").path("occurredAt").asText());
    }

    private static URI urlOf(String context) {
        return runtime.functionUrls().stream()
                .filter(url -> url.functionUrl().context().equals(context))
                .map(FunctionUrlServer::url)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Function URL for context " + context));
    }
}
