package media.polyglot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import media.polyglot.common.EnvelopeFactory;
import media.polyglot.common.testing.BusEvents;
import media.polyglot.common.testing.LambdaContext;
import media.polyglot.common.testing.LocalAws;
import media.polyglot.common.testing.SqsBatches;
import media.polyglot.common.testing.TestConsumer;
import media.polyglot.events.BodyReference;
import media.polyglot.events.Envelope;
import media.polyglot.events.Sources;
import media.polyglot.events.localization.TranslationRequested;
import media.polyglot.events.moderation.ContentApproved;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The sandbox vendor's handler behind its consumer pipeline, on the local runtime: what it puts back on the bus,
 * as a partner would, for requests delivered once, twice or broken; one vendor that translates everything, one
 * that declines everything.
 */
class SandboxTranslationHandlerTest {

    private static LocalAws aws;
    private static TestConsumer translatingPipeline;
    private static TestConsumer decliningPipeline;
    private static SandboxTranslationHandler translating;
    private static SandboxTranslationHandler declining;
    private static int items;

    private final EnvelopeFactory localization = EnvelopeFactory.forProducer("localization");
    private String contentId;

    @BeforeAll
    static void start() {
        aws = LocalAws.start();
        translatingPipeline = TestConsumer.create(aws, "sandbox-vendor");
        decliningPipeline = TestConsumer.create(aws, "sandbox-vendor-declining");
        translating = new SandboxTranslationHandler(translatingPipeline.consumer(),
                new SandboxVendor(0, EnvelopeFactory.forProducer("sandbox-vendor")), 0);
        declining = new SandboxTranslationHandler(decliningPipeline.consumer(),
                new SandboxVendor(100, EnvelopeFactory.forProducer("sandbox-vendor")), 0);
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @BeforeEach
    void newItem() {
        contentId = "c-" + ++items;
        aws.published();
        aws.drain(translatingPipeline.deadLetterUrl());
    }

    @Test
    void aRequestIsAnsweredWithAPseudoTranslationFromThePartnersSource() {
        Envelope<TranslationRequested> request = request("de");

        SQSBatchResponse response = handle(translating, body(request));

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(aws.awaitPublished(1)).singleElement().satisfies(e -> {
            assertThat(e.path("detail-type").asText()).isEqualTo("TranslationDelivered");
            assertThat(e.path("source").asText()).isEqualTo("partner.translation.sandbox");
            assertThat(data(e).path("requestId").asText()).isEqualTo(request.data().requestId());
            assertThat(data(e).path("title").asText()).isEqualTo("[de] Níght tráíns");
            assertThat(data(e).path("vendor").asText()).isEqualTo("sandbox");
            assertThat(data(e).path("body").path("uri").asText())
                    .isEqualTo("https://sandbox.translation.invalid/translations/" + request.data().requestId());
            assertThat(metadata(e).path("correlationId").asText()).isEqualTo(request.metadata().correlationId());
            assertThat(metadata(e).path("causationId").asText()).isEqualTo(request.metadata().eventId());
        });
    }

    @Test
    void aVendorThatDeclinesEverythingAnswersEveryRequestWithADecline() {
        Envelope<TranslationRequested> german = request("de");
        Envelope<TranslationRequested> french = request("fr");

        SQSBatchResponse response = handle(declining, body(german), body(french));

        assertThat(response.getBatchItemFailures()).isEmpty();
        List<JsonNode> answers = aws.awaitPublished(2);
        assertThat(answers).extracting(e -> data(e).path("language").asText()).containsExactlyInAnyOrder("de", "fr");
        assertThat(answers).allSatisfy(e -> {
            assertThat(e.path("detail-type").asText()).isEqualTo("TranslationDeclined");
            assertThat(e.path("source").asText()).isEqualTo("partner.translation.sandbox");
            assertThat(data(e).path("reason").asText()).isEqualTo("NO_CAPACITY");
            assertThat(data(e).path("message").asText()).isEqualTo("the sandbox declines 100% of requests");
            assertThat(metadata(e).path("correlationId").asText()).isEqualTo(german.metadata().correlationId());
        });
    }

    @Test
    void duplicateDeliveryIsAnsweredOnce() {
        String request = body(request("de"));

        SQSBatchResponse first = handle(translating, request, request);
        SQSBatchResponse again = handle(translating, request);

        assertThat(first.getBatchItemFailures()).isEmpty();
        assertThat(again.getBatchItemFailures()).isEmpty();
        assertThat(aws.awaitPublished(1)).hasSize(1);
    }

    @Test
    void aMalformedMessageIsParkedAndTheRestOfTheBatchIsAnswered() {
        SQSBatchResponse response = handle(translating, "null", body(request("de")));

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(aws.awaitPublished(1)).hasSize(1);
        assertThat(aws.drain(translatingPipeline.deadLetterUrl())).singleElement().satisfies(m ->
                assertThat(reason(m)).isEqualTo("message is not an EventBridge event with an object detail"));
    }

    @Test
    void aRequestThatBreaksItsContractIsParkedNamingTheRuleBroken() {
        String broken = body(request("de")).replaceFirst(",\"dueBy\":\"[^\"]+\"", "");

        handle(translating, broken);

        assertThat(aws.awaitPublished(0)).isEmpty();
        assertThat(aws.drain(translatingPipeline.deadLetterUrl())).singleElement().satisfies(m -> assertThat(reason(m))
                .startsWith("TranslationRequested v1 (detail-type TranslationRequested) breaks its contract: /data")
                .contains("dueBy"));
    }

    @Test
    void anEventTheVendorDoesNotAnswerIsParked() {
        String approved = BusEvents.body(Sources.MODERATION, ContentApproved.TYPE, localization.envelop(ContentApproved.TYPE,
                new ContentApproved(contentId, 1, "Night trains", "en", "travel", List.of("de"), source()), "corr", "cause"));

        handle(translating, approved);

        assertThat(aws.drain(translatingPipeline.deadLetterUrl())).singleElement().satisfies(m -> assertThat(reason(m))
                .isEqualTo("the sandbox vendor answers TranslationRequested, not ContentApproved v1"));
    }

    private Envelope<TranslationRequested> request(String language) {
        return localization.envelop(TranslationRequested.TYPE, new TranslationRequested(contentId + "-r1-" + language + "-a1",
                contentId, 1, "en", language, "Night trains", source(), Instant.parse("2026-11-26T11:00:00Z")),
                "corr-" + contentId, "approved-" + contentId);
    }

    private BodyReference source() {
        return BodyReference.ofText("polyglot://content/" + contentId + "/revisions/1/body", "Body");
    }

    private static String body(Envelope<TranslationRequested> request) {
        return BusEvents.body(Sources.LOCALIZATION, TranslationRequested.TYPE, request);
    }

    private static SQSBatchResponse handle(SandboxTranslationHandler handler, String... bodies) {
        return handler.handleRequest(SqsBatches.of(bodies), LambdaContext.of("sandbox-vendor", Duration.ofSeconds(30)));
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
