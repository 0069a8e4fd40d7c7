package media.polyglot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.StreamSupport;
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
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Audit's global stream and rebuild on the embedded local runtime: after one article's whole flow, a consumer that
 * arrives late reads {@code /stream} from position 0 and gets every event of the flow, in order, with offsets; and
 * a catalog entry deleted behind the catalog's back comes back when the rebuild replays the stream into it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalRuntimeStreamTest {

    private static final Duration FLOW = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REBUILD_HANDLER = "media.polyglot.audit.RebuildHandler::handleRequest";

    private static LocalRuntime runtime;
    private static SqsClient sqs;
    private static DynamoDbClient dynamoDb;
    private static SignedHttp http;
    private static FlowScenario flow;
    private static String contentId;

    @BeforeAll
    static void synthesizeStartAndRunOneFlow() throws Exception {
        Path assembly = Path.of(PolyglotApp.synthesize(Path.of("target", "cdk.out-stream"), "dev").getDirectory());
        runtime = LocalRuntime.start(LocalSettings.defaults(assembly).withEdgePort(0));
        sqs = AwsTestClients.at(SqsClient.builder(), runtime.edgeUrl(), "us-east-1", "test", "test");
        dynamoDb = AwsTestClients.at(DynamoDbClient.builder(), runtime.edgeUrl(), "us-east-1", "test", "test");
        String readerQueue = sqs.listQueues().queueUrls().stream()
                .filter(url -> url.contains("GermanTravelReadersQueue")).findFirst().orElseThrow();
        http = new SignedHttp(AwsCredentialsIdentity.create("test", "test"), "us-east-1");
        flow = new FlowScenario(http, urlOf("content"), urlOf("audit"), urlOf("catalog"), sqs, readerQueue);

        contentId = flow.submit(FlowScenario.article("Across Europe, sleeper routes return, from Paris to Vienna.",
                "travel", "de"));
        flow.readerNotice(contentId, "published", FLOW);
        flow.historyHolding(contentId, FLOW, "ContentPublished.v2", "ContentPublished");
    }

    @AfterAll
    static void stop() {
        if (dynamoDb != null) {
            dynamoDb.close();
        }
        if (sqs != null) {
            sqs.close();
        }
        if (runtime != null) {
            runtime.close();
        }
    }

    @Test
    @Order(1)
    void aLateConsumerReadsTheStreamFromPositionZeroAndGetsEveryEventOfTheFlowInOrder() throws Exception {
        List<JsonNode> history = flow.history(contentId);

        List<JsonNode> paged = readStream(3);
        List<JsonNode> atOnce = readStream(100);

        assertThat(paged).extracting(e -> e.path("position").asLong())
                .as("dense offsets from 1, in order").containsExactlyElementsOf(
                        LongStream.rangeClosed(1, paged.size()).boxed().toList());
        assertThat(paged).isEqualTo(atOnce);
        List<JsonNode> ofTheFlow = paged.stream().filter(e -> e.path("contentId").asText().equals(contentId)).toList();
        assertThat(ofTheFlow).extracting(LocalRuntimeStreamTest::eventId)
                .containsExactlyInAnyOrderElementsOf(history.stream().map(LocalRuntimeStreamTest::eventId).toList());
        assertThat(ofTheFlow).extracting(e -> e.path("detailType").asText()).containsExactlyInAnyOrder(
                "ContentSubmitted", "ContentApproved", "TranslationRequested", "TranslationCompleted",
                "ContentPublished.v2", "ContentPublished");
        HttpResponse<String> refused = http.send("GET", urlOf("audit").resolve("/stream?limit=101"), null, Map.of());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"code\":\"InvalidQuery\"").contains("limit must be 1 to 100");
    }

    @Test
    @Order(2)
    void theRebuildRestoresACatalogEntryDeletedBehindTheCatalogsBack() throws Exception {
        String catalogTable = dynamoDb.listTables().tableNames().stream().filter(name -> name.contains("CatalogTable"))
                .findFirst().orElseThrow();
        dynamoDb.deleteItem(d -> d.tableName(catalogTable).key(Map.of("contentId", AttributeValue.fromS(contentId))));
        assertThat(flow.catalogResponse("/content/" + contentId).statusCode()).isEqualTo(404);
        int stored = readStream(100).size();

        JsonNode report = invoke(rebuildFunctionName(), "{\"target\": \"catalog\"}");

        assertThat(report.path("target").asText()).isEqualTo("catalog");
        assertThat(report.path("replayed").asInt()).isEqualTo(stored);
        assertThat(report.path("failed")).isEmpty();
        assertThat(report.path("through").asLong()).isEqualTo(stored);
        JsonNode entry = flow.catalogEntry(contentId, Duration.ofSeconds(5), e -> true);
        assertThat(entry.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(entry.path("languages")).extracting(JsonNode::asText).containsExactly("en", "de");
    }

    @Test
    @Order(3)
    void aRebuildOfAnUnknownTargetFailsNamingTheKnownOnes() throws Exception {
        HttpResponse<String> failed = invokeRaw(rebuildFunctionName(), "{\"target\": \"search\"}");

        assertThat(failed.headers().firstValue("X-Amz-Function-Error")).isPresent();
        assertThat(failed.body()).contains("a rebuild needs a target, one of [catalog]; was search");
    }

    /** The whole stream, read a page of {@code limit} at a time from position 0, as a late consumer reads it. */
    private static List<JsonNode> readStream(int limit) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        String after = "0";
        while (after != null) {
            HttpResponse<String> page = http.send("GET", urlOf("audit").resolve("/stream?after=" + after + "&limit=" + limit),
                    null, Map.of());
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            JsonNode body = JSON.readTree(page.body());
            assertThat(body.path("events").size()).isLessThanOrEqualTo(limit);
            body.path("events").forEach(events::add);
            after = body.path("next").isNull() ? null : body.path("next").asText();
        }
        return events;
    }

    private static String rebuildFunctionName() throws Exception {
        HttpResponse<String> listed = http.send("GET", runtime.edgeUrl().resolve("/2015-03-31/functions"), null, Map.of());
        return StreamSupport.stream(JSON.readTree(listed.body()).path("Functions").spliterator(), false)
                .filter(f -> f.path("Handler").asText().equals(REBUILD_HANDLER))
                .map(f -> f.path("FunctionName").asText()).findFirst()
                .orElseThrow(() -> new AssertionError("no rebuild function in " + listed.body()));
    }

    private static JsonNode invoke(String functionName, String payload) throws Exception {
        HttpResponse<String> response = invokeRaw(functionName, payload);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Amz-Function-Error")).as(response.body()).isEmpty();
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> invokeRaw(String functionName, String payload) throws Exception {
        return http.send("POST", runtime.edgeUrl().resolve("/2015-03-31/functions/" + functionName + "/invocations"),
                payload, Map.of("Content-Type", "application/json"));
    }

    private static String eventId(JsonNode event) {
        return event.path("envelope").path("metadata").path("eventId").asText();
    }

    private static URI urlOf(String context) {
        return runtime.functionUrls().stream()
                .filter(url -> url.functionUrl().context().equals(context))
                .map(FunctionUrlServer::url)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Function URL for context " + context));
    }
}
