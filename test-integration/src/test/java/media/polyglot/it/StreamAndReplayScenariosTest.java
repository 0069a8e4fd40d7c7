package media.polyglot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.ReplayState;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * What the event store and the bus's archive give back, on the selected target: a consumer that arrives late
 * reads audit's {@code /stream} from position 0 and gets every event of a flow with dense offsets; audit's
 * rebuild restores a catalog entry deleted behind the catalog's back; and a replay of the bus's archive
 * (EventBridge StartReplay, to the catalog's rule only) rebuilds a wiped catalog to the very state it had.
 */
@ExtendWith(SharedTarget.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StreamAndReplayScenariosTest {

    private static final Duration FLOW = FlowScenario.PATIENCE;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Target target;
    private static SqsClient sqs;
    private static DynamoDbClient dynamoDb;
    private static SignedHttp http;
    private static FlowScenario flow;
    private static Instant startedAt;
    private static String published;
    private static String rejected;

    @BeforeAll
    static void startAndRunTwoFlows(Target shared) throws Exception {
        target = shared;
        startedAt = Instant.now().minusSeconds(1);
        sqs = target.client(SqsClient.builder());
        dynamoDb = target.client(DynamoDbClient.builder());
        http = new SignedHttp(target.credentials(), target.region());
        flow = FlowScenario.on(target, sqs);

        published = flow.submit(FlowScenario.article("Across Europe, sleeper routes return, from Paris to Vienna.",
                "travel", "de"));
        rejected = flow.submit(FlowScenario.article("Win big at the casino on the night train to Vienna.", "travel", "de"));
        flow.readerNotice(published, "published", FLOW);
        flow.historyHolding(published, FLOW, "ContentPublished.v2", "ContentPublished");
        flow.catalogEntry(published, FLOW, e -> e.path("status").asText().equals("PUBLISHED"));
        flow.catalogEntry(rejected, FLOW, e -> e.path("status").asText().equals("REJECTED"));
    }

    @AfterAll
    static void stop() {
        if (dynamoDb != null) {
            dynamoDb.close();
        }
        if (sqs != null) {
            sqs.close();
        }
    }

    @Test
    @Order(1)
    void aLateConsumerReadsTheStreamFromPositionZeroAndGetsEveryEventOfTheFlowInOrder() throws Exception {
        List<JsonNode> history = flow.history(published);

        List<JsonNode> paged = readStream(3);
        List<JsonNode> atOnce = readStream(100);

        assertThat(paged).extracting(e -> e.path("position").asLong())
                .as("dense offsets from 1, in order").containsExactlyElementsOf(
                        LongStream.rangeClosed(1, paged.size()).boxed().toList());
        assertThat(atOnce.subList(0, paged.size())).as("the same, however it is paged").isEqualTo(paged);
        List<JsonNode> ofTheFlow = paged.stream().filter(e -> e.path("contentId").asText().equals(published)).toList();
        assertThat(ofTheFlow).extracting(StreamAndReplayScenariosTest::eventId)
                .containsExactlyInAnyOrderElementsOf(history.stream().map(StreamAndReplayScenariosTest::eventId).toList());
        assertThat(ofTheFlow).extracting(e -> e.path("detailType").asText()).containsExactlyInAnyOrder(
                "ContentSubmitted", "ContentApproved", "TranslationRequested", "TranslationCompleted",
                "ContentPublished.v2", "ContentPublished");
        HttpResponse<String> refused = http.send("GET", target.historyApi().resolve("/stream?limit=101"), null, Map.of());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"code\":\"InvalidQuery\"").contains("limit must be 1 to 100");
    }

    @Test
    @Order(2)
    void theRebuildRestoresACatalogEntryDeletedBehindTheCatalogsBack() throws Exception {
        String catalogTable = target.physicalId("CatalogCatalogTable");
        dynamoDb.deleteItem(d -> d.tableName(catalogTable).key(Map.of("contentId", AttributeValue.fromS(published))));
        assertThat(flow.catalogResponse("/content/" + published).statusCode()).isEqualTo(404);
        int stored = readStream(100).size();

        JsonNode report = JSON.readTree(invoke("{\"target\": \"catalog\"}").body());

        assertThat(report.path("target").asText()).isEqualTo("catalog");
        assertThat(report.path("replayed").asInt()).isGreaterThanOrEqualTo(stored);
        assertThat(report.path("failed")).isEmpty();
        assertThat(report.path("through").asLong()).isEqualTo(report.path("replayed").asLong());
        JsonNode entry = flow.catalogEntry(published, Duration.ofSeconds(30), e -> true);
        assertThat(entry.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(entry.path("languages")).extracting(JsonNode::asText).containsExactly("en", "de");
    }

    @Test
    @Order(3)
    void aRebuildOfAnUnknownTargetFailsNamingTheKnownOnes() throws Exception {
        HttpResponse<String> failed = invoke("{\"target\": \"search\"}");

        assertThat(failed.headers().firstValue("X-Amz-Function-Error")).isPresent();
        assertThat(failed.body()).contains("a rebuild needs a target, one of [catalog]; was search");
    }

    @Test
    @Order(4)
    void replayingTheArchiveToTheCatalogsRuleRebuildsAWipedCatalogToTheSameState() throws Exception {
        Map<String, JsonNode> before = new LinkedHashMap<>();
        for (String contentId : List.of(published, rejected)) {
            before.put(contentId, flow.catalog("/content/" + contentId));
        }
        int wiped = wipe(target.physicalId("CatalogCatalogTable")) + wipe(target.physicalId("CatalogCatalogLanguageTable"));
        assertThat(flow.catalogResponse("/content/" + published).statusCode()).isEqualTo(404);

        try (EventBridgeClient events = target.client(EventBridgeClient.builder())) {
            String bus = target.output("EventBusName");
            String busArn = events.describeEventBus(d -> d.name(bus)).arn();
            String archiveArn = events.describeArchive(d -> d.archiveName(target.physicalId("BackboneBusArchive")))
                    .archiveArn();
            String ruleName = unqualified(target.physicalId("CatalogCatalogProjectionSubscriptionRule"));
            String ruleArn = events.describeRule(d -> d.name(ruleName).eventBusName(bus)).arn();
            String replay = "it-catalog-" + UUID.randomUUID().toString().substring(0, 8);
            events.startReplay(r -> r.replayName(replay).eventSourceArn(archiveArn).eventStartTime(startedAt)
                    .eventEndTime(Instant.now()).destination(d -> d.arn(busArn).filterArns(ruleArn)));

            ReplayState state = await().atMost(FLOW).pollInterval(Duration.ofMillis(200))
                    .until(() -> events.describeReplay(d -> d.replayName(replay)).state(),
                            s -> s == ReplayState.COMPLETED || s == ReplayState.FAILED);
            assertThat(state).isEqualTo(ReplayState.COMPLETED);
        }

        for (Map.Entry<String, JsonNode> entry : before.entrySet()) {
            assertThat(flow.catalogEntry(entry.getKey(), FLOW, e -> e.equals(entry.getValue())))
                    .isEqualTo(entry.getValue());
        }
        // Only what the replay window holds comes back: the items of this class, not those published before it.
        JsonNode germanAfter = await().atMost(FLOW).pollInterval(Duration.ofMillis(200))
                .until(() -> flow.catalog("/content?language=de&limit=100"), page -> page != null
                        && page.path("items").findValuesAsText("contentId").contains(published));
        assertThat(germanAfter.path("items").findValuesAsText("contentId")).doesNotContain(rejected);
        System.out.printf("archive replay: %d catalog items wiped, the two entries of this class rebuilt identical%n",
                wiped);
    }

    /** Deletes every item of the table; returns how many. */
    private static int wipe(String table) {
        List<String> keys = dynamoDb.describeTable(d -> d.tableName(table)).table().keySchema().stream()
                .map(KeySchemaElement::attributeName).toList();
        int count = 0;
        for (Map<String, AttributeValue> item : dynamoDb.scanPaginator(s -> s.tableName(table)).items()) {
            Map<String, AttributeValue> key = new LinkedHashMap<>();
            keys.forEach(name -> key.put(name, item.get(name)));
            dynamoDb.deleteItem(d -> d.tableName(table).key(key));
            count++;
        }
        return count;
    }

    /** A rule on a custom bus is {@code bus|rule} to CloudFormation. */
    private static String unqualified(String rulePhysicalId) {
        return rulePhysicalId.substring(rulePhysicalId.indexOf('|') + 1);
    }

    /** The whole stream, read a page of {@code limit} at a time from position 0, as a late consumer reads it. */
    private static List<JsonNode> readStream(int limit) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        String after = "0";
        while (after != null) {
            HttpResponse<String> page = http.send("GET",
                    target.historyApi().resolve("/stream?after=" + after + "&limit=" + limit), null, Map.of());
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            JsonNode body = JSON.readTree(page.body());
            assertThat(body.path("events").size()).isLessThanOrEqualTo(limit);
            body.path("events").forEach(events::add);
            after = body.path("next").isNull() ? null : body.path("next").asText();
        }
        return events;
    }

    /** Invokes audit's rebuild function through the Lambda API. */
    private static HttpResponse<String> invoke(String payload) throws Exception {
        String function = target.output("RebuildFunctionName");
        return http.send("POST", target.serviceEndpoint("lambda").resolve("/2015-03-31/functions/" + function
                + "/invocations"), payload, Map.of("Content-Type", "application/json"));
    }

    private static String eventId(JsonNode event) {
        return event.path("envelope").path("metadata").path("eventId").asText();
    }
}
