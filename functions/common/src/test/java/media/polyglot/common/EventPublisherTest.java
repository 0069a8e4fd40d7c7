package media.polyglot.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import media.polyglot.events.content.ContentSubmitted;
import media.polyglot.events.BodyReference;
import media.polyglot.events.ContractValidator;
import media.polyglot.events.ContractViolationException;
import media.polyglot.events.EventJson;
import media.polyglot.events.Sources;
import media.polyglot.local.edge.AwsResponse;
import media.polyglot.local.edge.EdgeServer;
import media.polyglot.local.engine.events.EventRouter;
import media.polyglot.local.engine.events.Replayer;
import media.polyglot.local.engine.events.TargetDelivery;
import media.polyglot.local.protocol.events.EventBridgeProtocol;
import media.polyglot.local.observe.HopLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/** The publisher against the local runtime's EventBridge (edge, wire protocol and event router), through the stock SDK. */
class EventPublisherTest {

    private static final HopLog HOPS = new HopLog(Clock.systemUTC());

    private static final ObjectMapper JSON = new ObjectMapper();

    private static EdgeServer edge;
    private static EventBridgeClient client;
    /** Every PutEvents body the bus received, in order. */
    private static final List<JsonNode> calls = new CopyOnWriteArrayList<>();
    /** Entry positions (of the next call) the bus reports failed, as if throttled; cleared after one call. */
    private static volatile Set<Integer> failNext = Set.of();

    private final EnvelopeFactory envelopes = new EnvelopeFactory("content",
            Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC), new Counter()::next);
    private final List<Duration> sleeps = new ArrayList<>();

    @BeforeAll
    static void startBus() {
        EventRouter router = new EventRouter(new TargetDelivery(List.of(), null, null, Clock.systemUTC(), HOPS, null),
                "us-east-1", "000000000000", Clock.systemUTC(), HOPS, null);
        router.createBus("polyglot");
        EventBridgeProtocol protocol = new EventBridgeProtocol(router, new Replayer(router, Runnable::run, Clock.systemUTC()),
                accessKey -> router.accountId());
        edge = EdgeServer.start(0);
        edge.attach("events", request -> {
            calls.add(readTree(request.body()));
            return withInjectedFailures(protocol.handle(request));
        });
        client = EventBridgeClient.builder().endpointOverride(edge.url()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    @AfterAll
    static void stopBus() {
        client.close();
        edge.close();
    }

    @BeforeEach
    void forgetCalls() {
        calls.clear();
        failNext = Set.of();
    }

    @Test
    void eventsGoInBatchesOfTen() {
        publisher("polyglot").publish(events(25));

        assertThat(calls).extracting(call -> call.path("Entries").size()).containsExactly(10, 10, 5);
        assertThat(calls.get(0).path("Entries").get(0).path("DetailType").asText()).isEqualTo("ContentSubmitted");
        assertThat(calls.get(0).path("Entries").get(0).path("Source").asText()).isEqualTo("polyglot.content");
        assertThat(calls.get(0).path("Entries").get(0).path("EventBusName").asText()).isEqualTo("polyglot");
        assertThat(sleeps).isEmpty();
    }

    @Test
    void onlyTheEntriesReportedFailedAreSentAgain() {
        List<OutgoingEvent> events = events(6);
        failNext = Set.of(1, 4);

        publisher("polyglot").publish(events);

        assertThat(calls).hasSize(2);
        assertThat(eventIds(calls.get(1))).containsExactly(events.get(1).eventId(), events.get(4).eventId());
        assertThat(sleeps).hasSize(1);
    }

    @Test
    void whenTheBudgetIsSpentThePublisherFailsNamingEachEntryAndError() {
        List<OutgoingEvent> events = events(2);

        assertThatThrownBy(() -> publisher("no-such-bus").publish(events))
                .isInstanceOf(PublishFailedException.class)
                .hasMessage("2 event(s) not accepted by bus no-such-bus after 3 attempts: "
                        + events.get(0).eventId() + ": ResourceNotFoundException Event bus no-such-bus does not exist.; "
                        + events.get(1).eventId() + ": ResourceNotFoundException Event bus no-such-bus does not exist.");
        assertThat(calls).hasSize(3);
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void anEventThatBreaksItsContractStopsThePublishBeforeAnythingIsSent() {
        List<OutgoingEvent> events = new ArrayList<>(events(3));
        ObjectNode broken = events.get(2).detail().deepCopy();
        ((ObjectNode) broken.get("data")).remove("title");
        events.set(2, new OutgoingEvent(Sources.CONTENT, ContentSubmitted.TYPE, broken));

        assertThatThrownBy(() -> publisher("polyglot").publish(events))
                .isInstanceOf(ContractViolationException.class)
                .hasMessage("ContentSubmitted v1 (detail-type ContentSubmitted) breaks its contract: "
                        + "/data/title [required] required property 'title' not found");
        assertThat(calls).isEmpty();
    }

    @Test
    void anEventOverTheEntryLimitIsRefusedNamingItAndItsSizeBeforeAnythingIsSent() {
        List<OutgoingEvent> events = new ArrayList<>(events(2));
        ObjectNode huge = events.get(1).detail().deepCopy();
        ((ObjectNode) huge.get("data")).put("title", "x".repeat(EventPublisher.MAX_ENTRY_BYTES));
        OutgoingEvent tooLarge = new OutgoingEvent(Sources.CONTENT, ContentSubmitted.TYPE, huge);
        events.set(1, tooLarge);
        int size = tooLarge.entrySizeBytes();

        assertThatThrownBy(() -> publisher("polyglot").publish(events))
                .isInstanceOf(EventTooLargeException.class)
                .hasMessage("ContentSubmitted v1 (detail-type ContentSubmitted, event " + tooLarge.eventId() + ") is "
                        + size + " bytes as a PutEvents entry; EventBridge accepts at most 1048576: "
                        + "keep large parts in storage and send a reference (claim check)");
        assertThat(size).isGreaterThan(1024 * 1024);
        assertThat(calls).isEmpty();
    }

    @Test
    void theEntrySizeCountsSourceDetailTypeAndDetailInUtf8Bytes() {
        OutgoingEvent event = events(1).get(0);

        assertThat(event.entrySizeBytes()).isEqualTo("polyglot.content".length() + "ContentSubmitted".length()
                + event.detail().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    private EventPublisher publisher(String bus) {
        return new EventPublisher(client, bus, new ContractValidator(),
                new Backoff(3, Duration.ofMillis(10), Duration.ofMillis(100)), sleeps::add);
    }

    private List<OutgoingEvent> events(int count) {
        return IntStream.range(0, count).mapToObj(i -> {
            var event = envelopes.envelop(ContentSubmitted.TYPE,
                    new ContentSubmitted("c-" + i, 1, "Title " + i, "en", "news", List.of("de"),
                            BodyReference.ofText("polyglot://content/c-" + i + "/revisions/1/body", "Body " + i)),
                    "corr", "cause");
            return new OutgoingEvent(Sources.CONTENT, ContentSubmitted.TYPE, EventJson.mapper().valueToTree(event));
        }).toList();
    }

    private static List<String> eventIds(JsonNode call) {
        List<String> ids = new ArrayList<>();
        call.path("Entries").forEach(entry -> ids.add(readTree(entry.path("Detail").asText().getBytes())
                .path("metadata").path("eventId").asText()));
        return ids;
    }

    private static AwsResponse withInjectedFailures(AwsResponse response) {
        Set<Integer> failing = failNext;
        if (failing.isEmpty()) {
            return response;
        }
        failNext = Set.of();
        ObjectNode body = (ObjectNode) readTree(response.body());
        failing.forEach(i -> ((ObjectNode) body.path("Entries").get(i)).removeAll()
                .put("ErrorCode", "ThrottlingException").put("ErrorMessage", "Rate exceeded"));
        body.put("FailedEntryCount", failing.size());
        return AwsResponse.of(response.status(), response.contentType(), body.toString());
    }

    private static JsonNode readTree(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Counter {
        private int value;

        String next() {
            return "id-" + ++value;
        }
    }
}
