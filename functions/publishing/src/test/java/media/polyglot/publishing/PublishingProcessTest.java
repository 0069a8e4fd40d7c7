package media.polyglot.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import media.polyglot.common.CausationLedger;
import media.polyglot.common.DeadLetters;
import media.polyglot.common.EnvelopeFactory;
import media.polyglot.common.EventConsumer;
import media.polyglot.common.EventPublisher;
import media.polyglot.common.IdempotencyGuard;
import media.polyglot.common.testing.BusEvents;
import media.polyglot.common.testing.LocalAws;
import media.polyglot.common.testing.SqsBatches;
import media.polyglot.events.BodyReference;
import media.polyglot.events.Bus;
import media.polyglot.events.ContractValidator;
import media.polyglot.events.EventType;
import media.polyglot.events.Sources;
import media.polyglot.events.content.ContentWithdrawn;
import media.polyglot.events.localization.TranslationCompleted;
import media.polyglot.events.moderation.ContentApproved;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The process manager behind its consumer pipeline, on the local runtime's DynamoDB, ElasticMQ and bus: what
 * reaches the bus for deliveries in any order and any number of times.
 */
class PublishingProcessTest {

    private static LocalAws aws;
    private static EventConsumer consumer;
    private static PublishingProcess process;
    private static final List<Duration> flowLatencies = new CopyOnWriteArrayList<>();
    private static int items;

    private final EnvelopeFactory envelopes = EnvelopeFactory.forProducer("test");
    private String contentId;

    @BeforeAll
    static void start() {
        aws = LocalAws.start();
        aws.createTable("idempotency", "id", null);
        aws.createTable("causation", "eventId", null);
        aws.createTable("publications", "contentId", null);
        EventPublisher publisher = EventPublisher.create(aws.eventBridge(), Bus.NAME);
        consumer = new EventConsumer("publishing", new ContractValidator(),
                new CausationLedger(aws.dynamoDb(), "causation", 16, Clock.systemUTC()),
                IdempotencyGuard.create(aws.dynamoDb(), "idempotency"),
                new DeadLetters(aws.sqs(), aws.createQueue("publishing-dlq.fifo"), "publishing"), publisher);
        process = new PublishingProcess(new PublicationRules(EnvelopeFactory.forProducer("publishing"),
                "https://polyglot.media", Clock.systemUTC()), new PublicationStore(aws.dynamoDb(), "publications"), publisher,
                flowLatencies::add);
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @BeforeEach
    void newItem() {
        contentId = "c-" + ++items;
        aws.published();
        flowLatencies.clear();
    }

    @Test
    void duplicateDeliveryOfEveryConsumedEventPublishesOnce() {
        String approved = approved(1, "de");
        String translated = translated(1, "de");
        String withdrawn = body(Sources.CONTENT, ContentWithdrawn.TYPE, new ContentWithdrawn(contentId, 1, null));

        deliver(approved, approved, translated, translated);
        deliver(translated, approved);
        deliver(withdrawn, withdrawn);

        assertThat(publishedTypes(4)).containsExactlyInAnyOrder("ContentPublished.v2", "ContentPublished",
                "ContentUnpublished");
        assertThat(flowLatencies).as("one flow latency per publication, none for the withdrawal").hasSize(1);
    }

    @Test
    void aPublicationRecordsItsFlowLatencyFromTheApprovalOnceItsEventsAreOnTheBus() {
        Instant approvedAt = Instant.now().minusSeconds(42);
        deliver(body(Sources.MODERATION, ContentApproved.TYPE, approvedData(1, "de"), approvedAt));
        assertThat(flowLatencies).isEmpty();
        Instant beforePublication = Instant.now();
        deliver(translated(1, "de"));
        Instant afterPublication = Instant.now();

        assertThat(publishedTypes(2)).containsExactlyInAnyOrder("ContentPublished.v2", "ContentPublished");
        assertThat(flowLatencies).singleElement().satisfies(latency -> assertThat(latency)
                .isBetween(Duration.between(approvedAt, beforePublication), Duration.between(approvedAt, afterPublication)));
    }

    @Test
    void aTranslationBeforeTheApprovalStillPublishesOnce() {
        deliver(translated(1, "de"), translated(1, "fr"));
        deliver(approved(1, "de", "fr"));
        deliver(approved(1, "de", "fr"));

        assertThat(publishedTypes(3)).containsExactlyInAnyOrder("ContentPublished.v2", "ContentPublished");
    }

    @Test
    void anOlderRevisionsEventsAreIgnored() {
        deliver(approved(2, "de"));
        deliver(translated(1, "de"), approved(1, "de"));

        assertThat(publishedTypes(1)).isEmpty();
        deliver(translated(2, "de"));
        assertThat(published(3)).extracting(e -> e.path("detail").path("data").path("revision").asInt())
                .containsOnly(2);
    }

    @Test
    void aWithdrawalDuringTranslationLeavesNothingPublishedAfterwards() {
        deliver(approved(1, "de"));
        deliver(body(Sources.CONTENT, ContentWithdrawn.TYPE, new ContentWithdrawn(contentId, 1, "changed my mind")));
        deliver(translated(1, "de"));

        assertThat(publishedTypes(1)).isEmpty();
    }

    private void deliver(String... bodies) {
        assertThat(consumer.consumeInOrder(SqsBatches.of(bodies), Instant.now().plusSeconds(30), process::handle)
                .getBatchItemFailures()).isEmpty();
    }

    private String approved(int revision, String... targets) {
        return body(Sources.MODERATION, ContentApproved.TYPE, approvedData(revision, targets));
    }

    private ContentApproved approvedData(int revision, String... targets) {
        return new ContentApproved(contentId, revision, "Night trains", "en", "travel", List.of(targets),
                BodyReference.ofText("polyglot://content/" + contentId + "/revisions/" + revision + "/body", "Body"));
    }

    private String translated(int revision, String language) {
        return body(Sources.LOCALIZATION, TranslationCompleted.TYPE, new TranslationCompleted("r-" + language, contentId,
                revision, language, "[" + language + "] Night trains",
                BodyReference.ofText("https://vendor.invalid/" + language, "x"), "sandbox"));
    }

    private <T> String body(String source, EventType type, T data) {
        return BusEvents.body(source, type, envelopes.envelop(type, data, "corr-" + contentId, "cause"));
    }

    private <T> String body(String source, EventType type, T data, Instant occurredAt) {
        EnvelopeFactory then = new EnvelopeFactory("test", Clock.fixed(occurredAt, ZoneOffset.UTC), () -> "e-" + occurredAt);
        return BusEvents.body(source, type, then.envelop(type, data, "corr-" + contentId, "cause"));
    }

    private List<String> publishedTypes(int atMost) {
        return published(atMost).stream().map(e -> e.path("detail-type").asText()).toList();
    }

    /** What reached the bus about this item within a second, since delivery to the test's queue is asynchronous. */
    private List<JsonNode> published(int atMost) {
        List<JsonNode> events = new ArrayList<>();
        long until = System.nanoTime() + 1_000_000_000L;
        while (events.size() < atMost && System.nanoTime() < until) {
            aws.published().stream().filter(e -> e.path("detail").path("data").path("contentId").asText().equals(contentId))
                    .forEach(events::add);
        }
        return events;
    }
}
