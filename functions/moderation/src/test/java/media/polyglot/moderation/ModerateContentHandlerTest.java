package media.polyglot.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import media.polyglot.common.EnvelopeFactory;
import media.polyglot.common.testing.BusEvents;
import media.polyglot.common.testing.LambdaContext;
import media.polyglot.common.testing.LocalAws;
import media.polyglot.common.testing.SqsBatches;
import media.polyglot.common.testing.TestConsumer;
import media.polyglot.events.BodyReference;
import media.polyglot.events.Envelope;
import media.polyglot.events.Sources;
import media.polyglot.events.content.ContentRevised;
import media.polyglot.events.content.ContentSubmitted;
import media.polyglot.events.moderation.ContentApproved;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Moderation's handler behind its consumer pipeline, on the local runtime's DynamoDB (the content table it reads
 * bodies from, its idempotency table), ElasticMQ and bus: what reaches the bus for each revision delivered.
 */
class ModerateContentHandlerTest {

    private static final String CLEAN_BODY = "Across Europe, sleeper routes are coming back.";

    private static LocalAws aws;
    private static TestConsumer pipeline;
    private static ModerateContentHandler handler;
    private static int items;

    private final EnvelopeFactory content = EnvelopeFactory.forProducer("content");
    private String contentId;

    @BeforeAll
    static void start() {
        aws = LocalAws.start();
        pipeline = TestConsumer.create(aws, "moderation");
        String contentTable = aws.createTable("content", "contentId", null);
        handler = new ModerateContentHandler(pipeline.consumer(), new ContentReview(ModerationPolicy.of("scam", 20),
                new ContentBodies(aws.dynamoDb(), contentTable), EnvelopeFactory.forProducer("moderation")));
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
    void aCleanSubmissionIsApprovedInItsFlowCausedByIt() {
        stored(1, CLEAN_BODY);
        Envelope<ContentSubmitted> submitted = submitted(1, CLEAN_BODY);

        SQSBatchResponse response = handle(body(submitted));

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(aws.awaitPublished(1)).singleElement().satisfies(e -> {
            assertThat(e.path("detail-type").asText()).isEqualTo("ContentApproved");
            assertThat(e.path("source").asText()).isEqualTo(Sources.MODERATION);
            assertThat(data(e).path("contentId").asText()).isEqualTo(contentId);
            assertThat(data(e).path("targetLanguages").toString()).isEqualTo("[\"de\",\"fr\"]");
            assertThat(data(e).path("body").path("sha256").asText()).isEqualTo(submitted.data().body().sha256());
            assertThat(metadata(e).path("correlationId").asText()).isEqualTo(submitted.metadata().correlationId());
            assertThat(metadata(e).path("causationId").asText()).isEqualTo(submitted.metadata().eventId());
            assertThat(metadata(e).path("producer").asText()).isEqualTo("moderation");
        });
    }

    @Test
    void aRevisionUsingABannedTermIsRejectedWithTheFinding() {
        String body = "Across Europe, a sleeper scam is coming back.";
        stored(2, body);
        Envelope<ContentRevised> revised = revised(2, body);

        handle(body(revised));

        assertThat(aws.awaitPublished(1)).singleElement().satisfies(e -> {
            assertThat(e.path("detail-type").asText()).isEqualTo("ContentRejected");
            assertThat(data(e).path("revision").asInt()).isEqualTo(2);
            assertThat(data(e).path("reason").asText()).isEqualTo("POLICY_VIOLATION");
            assertThat(data(e).path("note").asText()).isEqualTo("uses banned term(s) scam");
            assertThat(metadata(e).path("causationId").asText()).isEqualTo(revised.metadata().eventId());
        });
    }

    @Test
    void aRevisionAlreadySupersededIsNotReviewed() {
        stored(2, CLEAN_BODY);

        SQSBatchResponse response = handle(body(submitted(1, CLEAN_BODY)));

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(aws.awaitPublished(0)).isEmpty();
        assertThat(aws.drain(pipeline.deadLetterUrl())).isEmpty();
    }

    @Test
    void aRevisionTheContentTableDoesNotShowYetFailsAloneAndIsRetried() {
        stored(1, CLEAN_BODY);
        String ahead = body(revised(2, CLEAN_BODY));
        String current = body(submitted(1, CLEAN_BODY));

        SQSBatchResponse response = handle(ahead, current);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("m-1");
        assertThat(aws.awaitPublished(1)).singleElement().satisfies(e ->
                assertThat(data(e).path("revision").asInt()).isEqualTo(1));
        stored(2, CLEAN_BODY);
        assertThat(handle(ahead).getBatchItemFailures()).as("its retry, once the table caught up").isEmpty();
        assertThat(aws.awaitPublished(1)).singleElement().satisfies(e ->
                assertThat(data(e).path("revision").asInt()).isEqualTo(2));
    }

    @Test
    void aBodyThatDoesNotMatchItsClaimCheckIsParked() {
        stored(1, "Across Europe, something else entirely was stored.");

        SQSBatchResponse response = handle(body(submitted(1, CLEAN_BODY)));

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(aws.awaitPublished(0)).isEmpty();
        assertThat(aws.drain(pipeline.deadLetterUrl())).singleElement().satisfies(message -> assertThat(reason(message))
                .startsWith("body of " + contentId + " revision 1 hashes to ")
                .endsWith(" but the event's claim check says " + BodyReference.ofText("x", CLEAN_BODY).sha256()));
    }

    @Test
    void duplicateDeliveryIsReviewedOnce() {
        stored(1, CLEAN_BODY);
        String submitted = body(submitted(1, CLEAN_BODY));

        SQSBatchResponse first = handle(submitted, submitted);
        SQSBatchResponse again = handle(submitted);

        assertThat(first.getBatchItemFailures()).isEmpty();
        assertThat(again.getBatchItemFailures()).isEmpty();
        assertThat(aws.awaitPublished(1)).singleElement().satisfies(e ->
                assertThat(e.path("detail-type").asText()).isEqualTo("ContentApproved"));
    }

    @Test
    void aMalformedMessageIsParkedAndTheRestOfTheBatchIsReviewed() {
        stored(1, CLEAN_BODY);

        SQSBatchResponse response = handle("{\"detail-type\":\"ContentSubmitted\"}", body(submitted(1, CLEAN_BODY)));

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(aws.awaitPublished(1)).hasSize(1);
        assertThat(aws.drain(pipeline.deadLetterUrl())).singleElement().satisfies(message ->
                assertThat(reason(message)).isEqualTo("message is not an EventBridge event with an object detail"));
    }

    @Test
    void aSubmissionThatBreaksItsContractIsParkedNamingTheRuleBroken() {
        stored(1, CLEAN_BODY);
        String broken = body(submitted(1, CLEAN_BODY)).replace("\"revision\":1", "\"revision\":0");

        SQSBatchResponse response = handle(broken);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(aws.awaitPublished(0)).isEmpty();
        assertThat(aws.drain(pipeline.deadLetterUrl())).singleElement().satisfies(message -> assertThat(reason(message))
                .startsWith("ContentSubmitted v1 (detail-type ContentSubmitted) breaks its contract: /data/revision"));
    }

    @Test
    void anEventModerationDoesNotReviewIsParked() {
        Envelope<ContentApproved> approved = content.envelop(ContentApproved.TYPE, new ContentApproved(contentId, 1,
                "Night trains", "en", "travel", List.of(), reference(1, CLEAN_BODY)), "corr", "cause");

        handle(BusEvents.body(Sources.MODERATION, ContentApproved.TYPE, approved));

        assertThat(aws.drain(pipeline.deadLetterUrl())).singleElement().satisfies(message -> assertThat(reason(message))
                .isEqualTo("moderation reviews ContentSubmitted and ContentRevised, not ContentApproved v1"));
    }

    /** The content table as content leaves it: the item at {@code revision} with its body. */
    private void stored(int revision, String body) {
        aws.dynamoDb().putItem(p -> p.tableName("content").item(Map.of(
                "contentId", AttributeValue.fromS(contentId),
                "revision", AttributeValue.fromN(Integer.toString(revision)),
                "body", AttributeValue.fromS(body))));
    }

    private Envelope<ContentSubmitted> submitted(int revision, String body) {
        return content.envelop(ContentSubmitted.TYPE, new ContentSubmitted(contentId, revision, "Night trains", "en",
                "travel", List.of("de", "fr"), reference(revision, body)), "corr-" + contentId, "request-" + contentId);
    }

    private Envelope<ContentRevised> revised(int revision, String body) {
        return content.envelop(ContentRevised.TYPE, new ContentRevised(contentId, revision, "Night trains", "en",
                "travel", List.of("de"), reference(revision, body), "tightened"), "corr-" + contentId, "request-" + contentId);
    }

    private BodyReference reference(int revision, String body) {
        return BodyReference.ofText("polyglot://content/" + contentId + "/revisions/" + revision + "/body", body);
    }

    private static String body(Envelope<?> envelope) {
        return BusEvents.body(Sources.CONTENT, envelope.data() instanceof ContentRevised ? ContentRevised.TYPE
                : ContentSubmitted.TYPE, envelope);
    }

    private static SQSBatchResponse handle(String... bodies) {
        return handler.handleRequest(SqsBatches.of(bodies), LambdaContext.of("moderation", Duration.ofSeconds(30)));
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
