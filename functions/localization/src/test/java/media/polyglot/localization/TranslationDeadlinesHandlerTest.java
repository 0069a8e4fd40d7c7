package media.polyglot.localization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import media.polyglot.common.BusEvent;
import media.polyglot.common.EnvelopeFactory;
import media.polyglot.common.EventPublisher;
import media.polyglot.common.OutgoingEvent;
import media.polyglot.common.PublishFailedException;
import media.polyglot.common.testing.BusEvents;
import media.polyglot.common.testing.LambdaContext;
import media.polyglot.common.testing.LocalAws;
import media.polyglot.events.BodyReference;
import media.polyglot.events.Bus;
import media.polyglot.events.ContractValidator;
import media.polyglot.events.Envelope;
import media.polyglot.events.Sources;
import media.polyglot.events.moderation.ContentApproved;
import media.polyglot.events.partner.TranslationDeclined;
import media.polyglot.events.partner.TranslationDelivered;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sweep of due times on the local runtime's DynamoDB and bus. Requests are made by a plan whose clock runs two
 * hours behind, so each is an hour overdue when made, and the sweep runs at the real time.
 */
class TranslationDeadlinesHandlerTest {

    private static final int ATTEMPTS = 3;

    private static LocalAws aws;
    private static int tables;

    private final EnvelopeFactory moderation = EnvelopeFactory.forProducer("moderation");
    private TranslationTable table;
    private Localization overdue;
    private Localization onTime;

    @BeforeAll
    static void start() {
        aws = LocalAws.start();
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @BeforeEach
    void freshTable() {
        table = new TranslationTable(aws.dynamoDb(), aws.createTable("translations-" + ++tables, "requestKey", null));
        overdue = new Localization(lateningPlan(), table, EnvelopeFactory.forProducer("localization"));
        onTime = new Localization(new TranslationPlan(ATTEMPTS, Clock.systemUTC()), table,
                EnvelopeFactory.forProducer("localization"));
        aws.published();
    }

    @Test
    void anUnansweredRequestIsAskedAgainInItsFlowCausedByTheRequest() {
        List<String> requested = requestedIds(overdue.handle(approval("c-1", "de")));

        int sent = sweep(Bus.NAME);

        assertThat(sent).isEqualTo(1);
        assertThat(aws.awaitPublished(1)).singleElement().satisfies(e -> {
            assertThat(e.path("detail-type").asText()).isEqualTo("TranslationRequested");
            assertThat(data(e).path("requestId").asText()).isEqualTo("c-1-r1-de-a2");
            assertThat(metadata(e).path("correlationId").asText()).isEqualTo("corr-c-1");
            assertThat(metadata(e).path("causationId").asText()).isEqualTo(requested.get(0));
        });
    }

    @Test
    void pastTheBudgetAnUnansweredLanguageFailsAsTimedOut() {
        overdue.handle(approval("c-2", "de"));

        for (int sweep = 1; sweep < ATTEMPTS; sweep++) {
            sweep(Bus.NAME);
        }
        sweep(Bus.NAME);

        List<JsonNode> events = aws.awaitPublished(ATTEMPTS);
        assertThat(events).extracting(e -> e.path("detail-type").asText())
                .containsExactly("TranslationRequested", "TranslationRequested", "TranslationFailed");
        assertThat(data(events.get(2)).path("reason").asText()).isEqualTo("TIMED_OUT");
        assertThat(data(events.get(2)).path("requestId").asText()).isEqualTo("c-2-r1-de-a3");
        assertThat(data(events.get(2)).path("detail").asText()).startsWith("no vendor answered attempt 3, the last, by ");
        assertThat(metadata(events.get(2)).path("causationId").asText()).isEqualTo(metadata(events.get(1)).path("eventId").asText());
        assertThat(sweep(Bus.NAME)).as("a failed language is not swept again").isZero();
    }

    @Test
    void declinesAndTimeoutsSpendOneBudget() {
        overdue.handle(approval("c-8", "de"));
        List<OutgoingEvent> retried = overdue.handle(declined("c-8", "de", 1));

        sweep(Bus.NAME);
        sweep(Bus.NAME);

        assertThat(requestedIds(retried)).hasSize(1);
        assertThat(aws.awaitPublished(2)).extracting(e -> e.path("detail-type").asText() + " " + data(e).path("requestId").asText())
                .containsExactly("TranslationRequested c-8-r1-de-a3", "TranslationFailed c-8-r1-de-a3");
    }

    @Test
    void aRequestNotYetDueAndAnAnsweredOneAreLeftAlone() {
        onTime.handle(approval("c-3", "de"));
        overdue.handle(approval("c-4", "de"));
        overdue.handle(delivered("c-4", "de", 1));

        assertThat(sweep(Bus.NAME)).isZero();
        assertThat(aws.awaitPublished(0)).isEmpty();
    }

    @Test
    void sweepingTwiceTimesOutOnce() {
        overdue.handle(approval("c-5", "de", "fr"));

        TranslationDeadlinesHandler handler = new TranslationDeadlinesHandler(
                deadlines(Bus.NAME, new TranslationPlan(ATTEMPTS, Clock.systemUTC())));
        int first = handler.handleRequest(new ScheduledEvent(), context());
        int second = handler.handleRequest(new ScheduledEvent(), context());

        assertThat(first).isEqualTo(2);
        assertThat(second).as("the retries are due in an hour").isZero();
        assertThat(aws.awaitPublished(2)).hasSize(2);
    }

    @Test
    void anAnswerToTheTimedOutAttemptChangesNothing() {
        overdue.handle(approval("c-6", "de"));
        sweep(Bus.NAME);
        aws.awaitPublished(1);

        List<?> emitted = overdue.handle(delivered("c-6", "de", 1));

        assertThat(emitted).isEmpty();
        assertThat(table.find("c-6/1/de").orElseThrow().request().attempt()).isEqualTo(2);
    }

    @Test
    void anEventTheBusRefusedIsSentByTheNextSweepOnce() {
        overdue.handle(approval("c-7", "de"));

        assertThatThrownBy(() -> sweep("no-such-bus")).isInstanceOf(PublishFailedException.class);
        int resent = sweep(Bus.NAME);
        int after = sweep(Bus.NAME);

        assertThat(resent).isEqualTo(1);
        assertThat(after).as("the retry it sent is now out, and overdue again").isEqualTo(1);
        assertThat(aws.awaitPublished(2)).extracting(e -> data(e).path("requestId").asText())
                .containsExactly("c-7-r1-de-a2", "c-7-r1-de-a3");
    }

    private int sweep(String bus) {
        return new TranslationDeadlinesHandler(deadlines(bus, lateningPlan())).handleRequest(new ScheduledEvent(), context());
    }

    private TranslationDeadlines deadlines(String bus, TranslationPlan plan) {
        return new TranslationDeadlines(plan, table, EnvelopeFactory.forProducer("localization"),
                EventPublisher.create(aws.eventBridge(), bus));
    }

    /** A plan two hours behind: what it asks for is due an hour ago. */
    private static TranslationPlan lateningPlan() {
        return new TranslationPlan(ATTEMPTS, Clock.offset(Clock.systemUTC(), Duration.ofHours(-2)));
    }

    private BusEvent approval(String contentId, String... languages) {
        Envelope<ContentApproved> approval = moderation.envelop(ContentApproved.TYPE, new ContentApproved(contentId, 1,
                "Night trains", "en", "travel", List.of(languages),
                BodyReference.ofText("polyglot://content/" + contentId + "/revisions/1/body", "Body")),
                "corr-" + contentId, "submitted-" + contentId);
        return BusEvent.parse(BusEvents.body(Sources.MODERATION, ContentApproved.TYPE, approval), new ContractValidator());
    }

    private static BusEvent delivered(String contentId, String language, int attempt) {
        String requestId = contentId + "-r1-" + language + "-a" + attempt;
        Envelope<TranslationDelivered> delivered = EnvelopeFactory.forProducer("sandbox-vendor").envelop(
                TranslationDelivered.TYPE, new TranslationDelivered(requestId, contentId, 1, language, "[de] Nachtzüge",
                        BodyReference.ofText("https://sandbox.translation.invalid/" + requestId, "x"), "sandbox"),
                "corr-" + contentId, requestId);
        return BusEvent.parse(BusEvents.body("partner.translation.sandbox", TranslationDelivered.TYPE, delivered),
                new ContractValidator());
    }

    private static BusEvent declined(String contentId, String language, int attempt) {
        String requestId = contentId + "-r1-" + language + "-a" + attempt;
        Envelope<TranslationDeclined> declined = EnvelopeFactory.forProducer("sandbox-vendor").envelop(
                TranslationDeclined.TYPE, new TranslationDeclined(requestId, contentId, 1, language, "sandbox",
                        TranslationDeclined.Reason.NO_CAPACITY, null), "corr-" + contentId, requestId);
        return BusEvent.parse(BusEvents.body("partner.translation.sandbox", TranslationDeclined.TYPE, declined),
                new ContractValidator());
    }

    private static List<String> requestedIds(List<OutgoingEvent> events) {
        return events.stream().map(OutgoingEvent::eventId).toList();
    }

    private static LambdaContext context() {
        return LambdaContext.of("localization-deadlines", Duration.ofSeconds(60));
    }

    private static JsonNode data(JsonNode event) {
        return event.path("detail").path("data");
    }

    private static JsonNode metadata(JsonNode event) {
        return event.path("detail").path("metadata");
    }
}
