package media.polyglot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import media.polyglot.common.EnvelopeFactory;
import media.polyglot.common.EventPublisher;
import media.polyglot.common.testing.BusEvents;
import media.polyglot.common.testing.LambdaContext;
import media.polyglot.common.testing.LocalAws;
import media.polyglot.common.testing.SqsBatches;
import media.polyglot.common.testing.TestConsumer;
import media.polyglot.events.BodyReference;
import media.polyglot.events.Bus;
import media.polyglot.events.Envelope;
import media.polyglot.events.Sources;
import media.polyglot.events.moderation.ContentApproved;
import media.polyglot.localization.Localization;
import media.polyglot.localization.TranslationPlan;
import media.polyglot.localization.TranslationTable;
import media.polyglot.publishing.PublicationRules;
import media.polyglot.publishing.PublicationStore;
import media.polyglot.publishing.PublishingProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The decline path end to end, on the local runtime: a sandbox vendor that declines every request, localization
 * asking again until its budget is spent and then failing the language, and publishing deciding what goes live.
 * Each context runs behind its own consumer pipeline; what one puts on the bus is delivered to the subscribers
 * infra gives that detail-type, twice each (delivery is at least once), until the flow comes to rest.
 */
class DeclinePathTest {

    private static final int ATTEMPTS = 3;

    private static LocalAws aws;
    private static Map<String, Subscriber> subscribers;

    @BeforeAll
    static void start() {
        aws = LocalAws.start();
        EventPublisher publisher = EventPublisher.create(aws.eventBridge(), Bus.NAME);
        TestConsumer vendor = TestConsumer.create(aws, "sandbox-vendor");
        TestConsumer localization = TestConsumer.create(aws, "localization");
        TestConsumer publishing = TestConsumer.create(aws, "publishing");
        SandboxTranslationHandler declineAll = new SandboxTranslationHandler(vendor.consumer(),
                new SandboxVendor(100, EnvelopeFactory.forProducer("sandbox-vendor")), 0);
        Localization localize = new Localization(new TranslationPlan(ATTEMPTS, Clock.systemUTC()),
                new TranslationTable(aws.dynamoDb(), aws.createTable("translations", "requestKey", null)),
                EnvelopeFactory.forProducer("localization"));
        PublishingProcess publish = new PublishingProcess(new PublicationRules(EnvelopeFactory.forProducer("publishing"),
                "https://polyglot.media", Clock.systemUTC()),
                new PublicationStore(aws.dynamoDb(), aws.createTable("publications", "contentId", null)), publisher,
                latency -> { });
        Subscriber toVendor = bodies -> declineAll.handleRequest(SqsBatches.of(bodies),
                LambdaContext.of("sandbox-vendor", Duration.ofSeconds(30)));
        Subscriber toLocalization = bodies -> localization.consumer().consume(SqsBatches.of(bodies), deadline(),
                localize::handle);
        Subscriber toPublishing = bodies -> publishing.consumer().consumeInOrder(SqsBatches.of(bodies), deadline(),
                publish::handle);
        subscribers = Map.of(
                "TranslationRequested", toVendor,
                "TranslationDeclined", toLocalization,
                "TranslationDelivered", toLocalization,
                "TranslationFailed", toPublishing,
                "TranslationCompleted", toPublishing);
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Test
    void everyLanguageDeclinedToTheEndFailsAndTheItemIsPublishedInItsOwnLanguage() {
        Envelope<ContentApproved> approval = EnvelopeFactory.forProducer("moderation").envelop(ContentApproved.TYPE,
                new ContentApproved("c-1", 1, "Night trains", "en", "travel", List.of("de", "fr"),
                        BodyReference.ofText("polyglot://content/c-1/revisions/1/body", "Body")), "corr-c-1", "submitted-c-1");
        String approved = BusEvents.body(Sources.MODERATION, ContentApproved.TYPE, approval);

        List<JsonNode> flow = runToRest(approved);

        Map<String, Long> counts = flow.stream().collect(Collectors.groupingBy(e -> e.path("detail-type").asText(),
                Collectors.counting()));
        assertThat(counts).isEqualTo(Map.of(
                "TranslationRequested", 2L * ATTEMPTS,
                "TranslationDeclined", 2L * ATTEMPTS,
                "TranslationFailed", 2L,
                "ContentPublished.v2", 1L,
                "ContentPublished", 1L));
        assertThat(flow).filteredOn(e -> e.path("detail-type").asText().equals("TranslationFailed"))
                .extracting(e -> data(e).path("requestId").asText() + " " + data(e).path("reason").asText())
                .containsExactlyInAnyOrder("c-1-r1-de-a3 DECLINED", "c-1-r1-fr-a3 DECLINED");
        assertThat(flow).filteredOn(e -> e.path("detail-type").asText().equals("ContentPublished.v2")).singleElement()
                .satisfies(e -> assertThat(data(e).path("editions").findValuesAsText("language")).containsExactly("en"));
        assertThat(flow).extracting(e -> metadata(e).path("correlationId").asText()).containsOnly("corr-c-1");
        Set<String> ids = new HashSet<>(Set.of(approval.metadata().eventId()));
        flow.forEach(e -> ids.add(metadata(e).path("eventId").asText()));
        assertThat(flow).extracting(e -> metadata(e).path("causationId").asText()).as("every hop caused by an earlier one")
                .allMatch(ids::contains);
    }

    /**
     * Delivers the approval to its two subscribers, localization and publishing, then everything put on the bus
     * to its subscribers, each message twice in its batch, until ContentPublished is out and nothing more comes.
     */
    private static List<JsonNode> runToRest(String approved) {
        List<JsonNode> flow = new ArrayList<>();
        subscribers.get("TranslationDeclined").deliver(approved, approved);
        subscribers.get("TranslationFailed").deliver(approved, approved);
        boolean published = false;
        while (!published) {
            List<JsonNode> round = aws.awaitPublished(1);
            assertThat(round).as("the flow stalled after %s", flow.stream().map(e -> e.path("detail-type").asText()).toList())
                    .isNotEmpty();
            flow.addAll(round);
            published = round.stream().anyMatch(e -> e.path("detail-type").asText().equals("ContentPublished.v2"));
            Map<Subscriber, List<String>> batches = round.stream()
                    .filter(e -> subscribers.containsKey(e.path("detail-type").asText()))
                    .collect(Collectors.groupingBy(e -> subscribers.get(e.path("detail-type").asText()),
                            Collectors.flatMapping(e -> List.of(e.toString(), e.toString()).stream(), Collectors.toList())));
            batches.forEach((subscriber, bodies) -> {
                for (int from = 0; from < bodies.size(); from += 10) {
                    SQSBatchResponse response = subscriber.deliver(
                            bodies.subList(from, Math.min(bodies.size(), from + 10)).toArray(String[]::new));
                    assertThat(response.getBatchItemFailures()).isEmpty();
                }
            });
        }
        flow.addAll(aws.awaitPublished(0));
        return flow;
    }

    private static Instant deadline() {
        return Instant.now().plusSeconds(30);
    }

    private static JsonNode data(JsonNode event) {
        return event.path("detail").path("data");
    }

    private static JsonNode metadata(JsonNode event) {
        return event.path("detail").path("metadata");
    }

    /** A subscription's consumer: takes a batch as its queue would hand it over. */
    @FunctionalInterface
    private interface Subscriber {
        SQSBatchResponse deliver(String... bodies);
    }
}
