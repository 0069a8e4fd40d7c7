package media.polyglot.localization;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import media.polyglot.common.EnvelopeFactory;
import media.polyglot.common.testing.BusEvents;
import media.polyglot.common.testing.LambdaContext;
import media.polyglot.common.testing.LocalAws;
import media.polyglot.common.testing.SqsBatches;
import media.polyglot.common.testing.TestConsumer;
import media.polyglot.events.BodyReference;
import media.polyglot.events.Envelope;
import media.polyglot.events.EventType;
import media.polyglot.events.Sources;
import media.polyglot.events.localization.TranslationFailed;
import media.polyglot.events.moderation.ContentApproved;
import media.polyglot.events.partner.TranslationDeclined;
import media.polyglot.events.partner.TranslationDelivered;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Localization's handler behind its consumer pipeline, on the local runtime's DynamoDB, ElasticMQ and bus:
 * what reaches the bus for approvals and vendors' answers, delivered once, twice, late or broken.
 */
class LocalizeContentHandlerTest {

    private static final int ATTEMPTS = 3;

    private static LocalAws aws;
    private static TestConsumer pipeline;
    private static TranslationTable table;
    private static LocalizeContentHandler handler;
    private static int items;

    private final EnvelopeFactory moderation = EnvelopeFactory.forProducer("moderation");
    private final EnvelopeFactory vendor = EnvelopeFactory.forProducer("sandbox-vendor");
    private String contentId;

    @BeforeAll
    static void start() {
        aws = LocalAws.start();
        pipeline = TestConsumer.create(aws, "localization");
        table = new TranslationTable(aws.dynamoDb(), aws.createTable("translations", "requestKey", null));
        handler = handler(pipeline);
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @BeforeEach
    void newItem() {
        contentId = "c-" + ++items;
        aws.published();
        aws.drain(pipeline.deadLetterUrl());
    }

    @Test
    void anApprovalAsksForEachTargetLanguageInTheApprovalsFlow() {
        Envelope<ContentApproved> approval = approval("de", "fr");

        SQSBatchResponse response = handle(body(approval));

        assertThat(response.getBatchItemFailures()).isEmpty();
        List<JsonNode> requested = aws.awaitPublished(2);
        assertThat(requested).extracting(e -> e.path("detail-type").asText()).containsOnly("TranslationRequested");
        assertThat(requested).extracting(e -> e.path("source").asText()).containsOnly(Sources.LOCALIZATION);
        assertThat(requested).extracting(e -> data(e).path("requestId").asText())
                .containsExactlyInAnyOrder(contentId + "-r1-de-a1", contentId + "-r1-fr-a1");
        assertThat(requested).allSatisfy(e -> {
            assertThat(metadata(e).path("correlationId").asText()).isEqualTo(approval.metadata().correlationId());
            assertThat(metadata(e).path("causationId").asText()).isEqualTo(approval.metadata().eventId());
            assertThat(data(e).path("sourceLanguage").asText()).isEqualTo("en");
            assertThat(data(e).path("title").asText()).isEqualTo("Night trains");
        });
    }

    @Test
    void aDeliveryCompletesItsLanguageCausedByTheDelivery() {
        Envelope<ContentApproved> approval = approval("de");
        handle(body(approval));
        aws.awaitPublished(1);
        Envelope<TranslationDelivered> delivered = delivered(approval, "de", 1);

        SQSBatchResponse response = handle(body(delivered));

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(aws.awaitPublished(1)).singleElement().satisfies(e -> {
            assertThat(e.path("detail-type").asText()).isEqualTo("TranslationCompleted");
            assertThat(data(e).path("requestId").asText()).isEqualTo(contentId + "-r1-de-a1");
            assertThat(data(e).path("title").asText()).isEqualTo("[de] Nachtzüge");
            assertThat(data(e).path("vendor").asText()).isEqualTo("sandbox");
            assertThat(metadata(e).path("correlationId").asText()).isEqualTo(approval.metadata().correlationId());
            assertThat(metadata(e).path("causationId").asText()).isEqualTo(delivered.metadata().eventId());
        });
    }

    @Test
    void aDeclinedLanguageIsAskedAgainUntilTheBudgetIsSpentThenFails() {
        Envelope<ContentApproved> approval = approval("de");
        handle(body(approval));
        aws.awaitPublished(1);

        for (int attempt = 1; attempt < ATTEMPTS; attempt++) {
            Envelope<TranslationDeclined> declined = declined(approval, "de", attempt, "no translators free");
            handle(body(declined));
            int next = attempt + 1;
            assertThat(aws.awaitPublished(1)).as("after decline %d", attempt).singleElement().satisfies(e -> {
                assertThat(e.path("detail-type").asText()).isEqualTo("TranslationRequested");
                assertThat(data(e).path("requestId").asText()).isEqualTo(contentId + "-r1-de-a" + next);
                assertThat(metadata(e).path("causationId").asText()).isEqualTo(declined.metadata().eventId());
                assertThat(metadata(e).path("correlationId").asText()).isEqualTo(approval.metadata().correlationId());
            });
        }
        Envelope<TranslationDeclined> last = declined(approval, "de", ATTEMPTS, "no translators free");
        handle(body(last));

        assertThat(aws.awaitPublished(1)).singleElement().satisfies(e -> {
            assertThat(e.path("detail-type").asText()).isEqualTo("TranslationFailed");
            assertThat(data(e).path("requestId").asText()).isEqualTo(contentId + "-r1-de-a" + ATTEMPTS);
            assertThat(data(e).path("reason").asText()).isEqualTo("DECLINED");
            assertThat(data(e).path("detail").asText())
                    .isEqualTo("sandbox declined attempt 3, the last: NO_CAPACITY (no translators free)");
            assertThat(metadata(e).path("causationId").asText()).isEqualTo(last.metadata().eventId());
        });
        assertThat(table.find(contentId + "/1/de").orElseThrow().request().status())
                .isEqualTo(TranslationRequest.Status.FAILED);
    }

    @Test
    void aFailedLanguageStaysFailedWhateverComesAfter() {
        Envelope<ContentApproved> approval = declinedToTheEnd("de");

        handle(body(delivered(approval, "de", ATTEMPTS)), body(declined(approval, "de", 1, null)));

        assertThat(aws.awaitPublished(0)).as("a delivery of the declined attempt and a stale decline emit nothing").isEmpty();
        assertThat(table.find(contentId + "/1/de").orElseThrow().request().status())
                .isEqualTo(TranslationRequest.Status.FAILED);
    }

    @Test
    void aVendorsLongExplanationIsCutToWhatTheContractAllows() {
        Envelope<ContentApproved> approval = approval("de");
        handle(body(approval));
        aws.awaitPublished(1);
        for (int attempt = 1; attempt < ATTEMPTS; attempt++) {
            handle(body(declined(approval, "de", attempt, null)));
            aws.awaitPublished(1);
        }

        SQSBatchResponse response = handle(body(declined(approval, "de", ATTEMPTS, "x".repeat(1000))));

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(aws.awaitPublished(1)).singleElement().satisfies(e -> {
            assertThat(e.path("detail-type").asText()).isEqualTo("TranslationFailed");
            assertThat(data(e).path("detail").asText()).hasSize(Localization.MAX_DETAIL_CHARS).endsWith("x…");
        });
    }

    @Test
    void duplicateDeliveryOfAnApprovalAsksOnce() {
        String approval = body(approval("de", "fr"));

        SQSBatchResponse first = handle(approval, approval);
        SQSBatchResponse again = handle(approval);

        assertThat(first.getBatchItemFailures()).isEmpty();
        assertThat(again.getBatchItemFailures()).isEmpty();
        assertThat(aws.awaitPublished(2)).extracting(e -> data(e).path("requestId").asText())
                .containsExactlyInAnyOrder(contentId + "-r1-de-a1", contentId + "-r1-fr-a1");
    }

    @Test
    void duplicateDeliveryOfADeclineAsksAgainOnce() {
        Envelope<ContentApproved> approval = approval("de");
        handle(body(approval));
        aws.awaitPublished(1);
        String declined = body(declined(approval, "de", 1, null));

        handle(declined, declined);
        handle(declined);

        assertThat(aws.awaitPublished(1)).singleElement().satisfies(e ->
                assertThat(data(e).path("requestId").asText()).isEqualTo(contentId + "-r1-de-a2"));
    }

    @Test
    void duplicateDeliveryOfADeliveryCompletesOnce() {
        Envelope<ContentApproved> approval = approval("de");
        handle(body(approval));
        aws.awaitPublished(1);
        String delivered = body(delivered(approval, "de", 1));

        handle(delivered, delivered);
        handle(delivered);

        assertThat(aws.awaitPublished(1)).singleElement().satisfies(e ->
                assertThat(e.path("detail-type").asText()).isEqualTo("TranslationCompleted"));
    }

    @Test
    void aVendorAnsweringTwiceUnderTwoEventIdsGetsTheSameCompletionSentAgain() {
        Envelope<ContentApproved> approval = approval("de");
        handle(body(approval));
        aws.awaitPublished(1);

        handle(body(delivered(approval, "de", 1)));
        handle(body(delivered(approval, "de", 1)));

        List<JsonNode> completed = aws.awaitPublished(2);
        assertThat(completed).hasSize(2);
        assertThat(completed).extracting(e -> e.path("detail").toString()).as("one event, sent twice").containsOnly(
                completed.get(0).path("detail").toString());
    }

    @Test
    void anAnswerToAnAttemptNoLongerOutChangesNothing() {
        Envelope<ContentApproved> approval = approval("de");
        handle(body(approval));
        aws.awaitPublished(1);
        handle(body(declined(approval, "de", 1, null)));
        aws.awaitPublished(1);

        SQSBatchResponse response = handle(body(delivered(approval, "de", 1)));

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(aws.awaitPublished(0)).isEmpty();
        assertThat(table.find(contentId + "/1/de").orElseThrow().request().attempt()).isEqualTo(2);
    }

    @Test
    void anEventWhosePublicationFailedIsSentWhenItsMessageComesBack() {
        TestConsumer withoutBus = TestConsumer.create(aws, "localization-without-bus", "no-such-bus");
        Envelope<ContentApproved> approval = approval("de", "fr");
        handle(body(approval));
        aws.awaitPublished(2);
        String delivered = body(delivered(approval, "de", 1));
        String declined = body(declined(approval, "fr", 1, null));
        String stale = body(delivered(approval, "fr", 7));

        SQSBatchResponse failed = handler(withoutBus).handleRequest(SqsBatches.of(delivered, stale, declined), context());
        SQSBatchResponse redelivered = handle(delivered, declined);

        assertThat(failed.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .as("the two answers whose events could not be published, not the stale one").containsExactly("m-1", "m-3");
        assertThat(redelivered.getBatchItemFailures()).isEmpty();
        assertThat(aws.awaitPublished(2)).extracting(e -> e.path("detail-type").asText() + " " + data(e).path("requestId").asText())
                .containsExactlyInAnyOrder("TranslationCompleted " + contentId + "-r1-de-a1",
                        "TranslationRequested " + contentId + "-r1-fr-a2");
    }

    @Test
    void aMalformedMessageIsParkedAndTheRestOfTheBatchIsHandled() {
        SQSBatchResponse response = handle("{not json", body(approval("de")));

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(aws.awaitPublished(1)).singleElement().satisfies(e ->
                assertThat(e.path("detail-type").asText()).isEqualTo("TranslationRequested"));
        assertThat(aws.drain(pipeline.deadLetterUrl())).singleElement().satisfies(message -> {
            assertThat(message.body()).isEqualTo("{not json");
            assertThat(reason(message)).startsWith("message is not JSON");
        });
    }

    @Test
    void anAnswerThatBreaksItsContractIsParkedNamingTheRuleBroken() {
        Envelope<ContentApproved> approval = approval("de");
        handle(body(approval));
        aws.awaitPublished(1);
        String broken = body(delivered(approval, "de", 1)).replace("\"language\":\"de\"", "\"language\":\"German\"");

        SQSBatchResponse response = handle(broken);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(aws.awaitPublished(0)).isEmpty();
        assertThat(aws.drain(pipeline.deadLetterUrl())).singleElement().satisfies(message -> assertThat(reason(message))
                .startsWith("TranslationDelivered v1 (detail-type TranslationDelivered) breaks its contract: /data/language"));
    }

    @Test
    void anAnswerToNothingLocalizationAskedForIsParked() {
        SQSBatchResponse response = handle(body(delivered(approval("de"), "de", 1)));

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(aws.drain(pipeline.deadLetterUrl())).singleElement().satisfies(message -> assertThat(reason(message))
                .isEqualTo("an answer to request " + contentId + "-r1-de-a1 names " + contentId
                        + "/1/de, for which localization requested nothing"));
    }

    @Test
    void anEventLocalizationDoesNotConsumeIsParked() {
        String failed = BusEvents.body(Sources.LOCALIZATION, TranslationFailed.TYPE, vendor.envelop(TranslationFailed.TYPE,
                new TranslationFailed("r-1", contentId, 1, "de", TranslationFailed.Reason.DECLINED, null), "corr", "cause"));

        handle(failed);

        assertThat(aws.drain(pipeline.deadLetterUrl())).singleElement().satisfies(message -> assertThat(reason(message))
                .isEqualTo("localization does not consume TranslationFailed v1"));
    }

    /** An item approved in {@code language} whose every attempt was declined: TranslationFailed is out. */
    private Envelope<ContentApproved> declinedToTheEnd(String language) {
        Envelope<ContentApproved> approval = approval(language);
        handle(body(approval));
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            handle(body(declined(approval, language, attempt, null)));
        }
        assertThat(aws.awaitPublished(ATTEMPTS + 1)).last().satisfies(e ->
                assertThat(e.path("detail-type").asText()).isEqualTo("TranslationFailed"));
        return approval;
    }

    private Envelope<ContentApproved> approval(String... languages) {
        return moderation.envelop(ContentApproved.TYPE, new ContentApproved(contentId, 1, "Night trains", "en", "travel",
                List.of(languages), BodyReference.ofText("polyglot://content/" + contentId + "/revisions/1/body", "Body")),
                "corr-" + contentId, "submitted-" + contentId);
    }

    private Envelope<TranslationDelivered> delivered(Envelope<ContentApproved> approval, String language, int attempt) {
        String requestId = contentId + "-r1-" + language + "-a" + attempt;
        return vendor.envelop(TranslationDelivered.TYPE, new TranslationDelivered(requestId, contentId, 1, language,
                "[" + language + "] Nachtzüge", BodyReference.ofText("https://sandbox.translation.invalid/" + requestId, "x"),
                "sandbox"), approval.metadata().correlationId(), "requested-" + requestId);
    }

    private Envelope<TranslationDeclined> declined(Envelope<ContentApproved> approval, String language, int attempt,
                                                   String message) {
        String requestId = contentId + "-r1-" + language + "-a" + attempt;
        return vendor.envelop(TranslationDeclined.TYPE, new TranslationDeclined(requestId, contentId, 1, language, "sandbox",
                TranslationDeclined.Reason.NO_CAPACITY, message), approval.metadata().correlationId(), "requested-" + requestId);
    }

    private static String body(Envelope<?> envelope) {
        EventType type = envelope.data() instanceof ContentApproved ? ContentApproved.TYPE
                : envelope.data() instanceof TranslationDelivered ? TranslationDelivered.TYPE : TranslationDeclined.TYPE;
        String source = type.equals(ContentApproved.TYPE) ? Sources.MODERATION : "partner.translation.sandbox";
        return BusEvents.body(source, type, envelope);
    }

    private static SQSBatchResponse handle(String... bodies) {
        return handler.handleRequest(SqsBatches.of(bodies), context());
    }

    private static LocalizeContentHandler handler(TestConsumer consumer) {
        return new LocalizeContentHandler(consumer.consumer(), new Localization(new TranslationPlan(ATTEMPTS, Clock.systemUTC()),
                table, EnvelopeFactory.forProducer("localization")));
    }

    private static LambdaContext context() {
        return LambdaContext.of("localization", Duration.ofSeconds(30));
    }

    private static JsonNode data(JsonNode event) {
        return event.path("detail").path("data");
    }

    private static JsonNode metadata(JsonNode event) {
        return event.path("detail").path("metadata");
    }

    private static String reason(Message message) {
        return message.messageAttributes().get("reason").stringValue();
    }
}
