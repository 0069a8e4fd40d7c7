package media.polyglot.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import media.polyglot.common.BusEvent;
import media.polyglot.common.EnvelopeFactory;
import media.polyglot.common.testing.BusEvents;
import media.polyglot.common.testing.LambdaContext;
import media.polyglot.common.testing.LocalAws;
import media.polyglot.common.testing.SqsBatches;
import media.polyglot.common.testing.TestConsumer;
import media.polyglot.events.ContractValidator;
import media.polyglot.events.EventJson;
import media.polyglot.events.Sources;
import media.polyglot.events.publishing.ContentPublished;
import media.polyglot.events.publishing.ContentPublishedV2;
import media.polyglot.events.publishing.ContentUnpublished;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The notifications handler behind its consumer pipeline, publishing to an SNS topic of the local runtime with two
 * reader subscriptions on ElasticMQ: every reader, and German travel readers only (a filter policy on the
 * message attributes). Each test counts what the readers received.
 */
class NotifyReadersHandlerTest {

    private static LocalAws aws;
    private static SnsClient sns;
    private static TestConsumer pipeline;
    private static String topicArn;
    private static String everyReader;
    private static String germanTravelReaders;
    private static NotifyReadersHandler handler;
    private static int items;

    private final EnvelopeFactory publishing = EnvelopeFactory.forProducer("publishing");
    private String contentId;

    @BeforeAll
    static void start() {
        aws = LocalAws.start();
        sns = aws.client(SnsClient.builder());
        pipeline = TestConsumer.create(aws, "notifications");
        topicArn = sns.createTopic(t -> t.name("readers")).topicArn();
        everyReader = subscribe("every-reader", null);
        germanTravelReaders = subscribe("german-travel-readers", "{\"language\":[\"de\"],\"category\":[\"travel\"]}");
        handler = new NotifyReadersHandler(pipeline.consumer(), new ReaderTopic(sns, topicArn));
    }

    @AfterAll
    static void stop() {
        sns.close();
        aws.close();
    }

    @BeforeEach
    void newItem() {
        contentId = "c-" + ++items;
        aws.drain(pipeline.deadLetterUrl());
    }

    @Test
    void aPublicationTellsTheReadersOfEachEditionWithItsLanguageAndCategory() {
        SQSBatchResponse response = handle(published("en", "de"));

        assertThat(response.getBatchItemFailures()).isEmpty();
        List<Message> notices = aws.awaitMessages(everyReader, 2);
        assertThat(notices).extracting(m -> attribute(m, "language")).containsExactlyInAnyOrder("en", "de");
        assertThat(notices).allSatisfy(m -> {
            assertThat(attribute(m, "category")).isEqualTo("travel");
            assertThat(attribute(m, "kind")).isEqualTo("published");
            assertThat(json(m).path("contentId").asText()).isEqualTo(contentId);
            assertThat(json(m).path("correlationId").asText()).isEqualTo("corr-" + contentId);
        });
        assertThat(notices).extracting(m -> json(m).path("noticeId").asText()).as("one id per edition")
                .doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).isNotBlank());
        assertThat(aws.awaitMessages(germanTravelReaders, 1)).singleElement().satisfies(m -> {
            assertThat(json(m).path("title").asText()).isEqualTo("[de] Nachtzüge");
            assertThat(json(m).path("url").asText()).isEqualTo("https://polyglot.media/de/travel/" + contentId);
            assertThat(json(m).path("revision").asInt()).isEqualTo(1);
        });
    }

    @Test
    void aTakeDownTellsTheReadersOfEachLanguageItWasLiveIn() {
        handle(unpublished("travel", "en", "de"));

        assertThat(aws.awaitMessages(everyReader, 2)).allSatisfy(m -> {
            assertThat(attribute(m, "kind")).isEqualTo("unpublished");
            assertThat(json(m).has("title")).as("a take-down has no title").isFalse();
        }).extracting(m -> attribute(m, "language")).containsExactlyInAnyOrder("en", "de");
        assertThat(aws.awaitMessages(germanTravelReaders, 1)).hasSize(1);
    }

    @Test
    void aTakeDownOfUnknownCategoryCarriesNoCategoryAndPassesCategoryFilters() {
        handle(unpublished(null, "de"));

        assertThat(aws.awaitMessages(everyReader, 1)).singleElement().satisfies(m ->
                assertThat(m.messageAttributes()).containsOnlyKeys("language", "kind"));
        assertThat(aws.awaitMessages(germanTravelReaders, 0)).isEmpty();
    }

    @Test
    void duplicateDeliveryTellsReadersOnce() {
        String published = published("en", "de");

        SQSBatchResponse first = handle(published, published);
        SQSBatchResponse again = handle(published);

        assertThat(first.getBatchItemFailures()).isEmpty();
        assertThat(again.getBatchItemFailures()).isEmpty();
        assertThat(aws.awaitMessages(everyReader, 2)).as("one notice per edition").hasSize(2);
        assertThat(aws.awaitMessages(germanTravelReaders, 1)).hasSize(1);
    }

    @Test
    void aNoticeTheTopicRefusedIsToldWhenItsMessageComesBack() {
        TestConsumer elsewhere = TestConsumer.create(aws, "notifications-no-topic");
        NotifyReadersHandler withoutTopic = new NotifyReadersHandler(elsewhere.consumer(),
                new ReaderTopic(sns, topicArn.replace(":readers", ":no-such-topic")));
        String published = published("de");

        SQSBatchResponse refused = withoutTopic.handleRequest(SqsBatches.of(published, "[]"), context());
        SQSBatchResponse redelivered = handle(published);

        assertThat(refused.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .as("the refused notice fails alone; the malformed message is parked").containsExactly("m-1");
        assertThat(aws.drain(elsewhere.deadLetterUrl())).hasSize(1);
        assertThat(redelivered.getBatchItemFailures()).isEmpty();
        assertThat(aws.awaitMessages(everyReader, 1)).hasSize(1);
    }

    @Test
    void aNoticeKeepsItsIdWhenItsEventIsHandledAgain() {
        String published = published("de");

        List<ReaderNotice> first = ReaderNotices.of(BusEvent.parse(published, new ContractValidator()));
        List<ReaderNotice> again = ReaderNotices.of(BusEvent.parse(published, new ContractValidator()));
        List<ReaderNotice> other = ReaderNotices.of(BusEvent.parse(published("de"), new ContractValidator()));

        assertThat(again).extracting(ReaderNotice::noticeId).isEqualTo(first.stream().map(ReaderNotice::noticeId).toList());
        assertThat(other.get(0).noticeId()).as("another event's notice").isNotEqualTo(first.get(0).noticeId());
    }

    @Test
    void aMalformedMessageIsParkedAndTheRestOfTheBatchIsTold() {
        SQSBatchResponse response = handle("not an event", published("de"));

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(aws.awaitMessages(everyReader, 1)).hasSize(1);
        assertThat(aws.drain(pipeline.deadLetterUrl())).singleElement().satisfies(m -> {
            assertThat(m.body()).isEqualTo("not an event");
            assertThat(attribute(m, "reason")).startsWith("message is not JSON");
        });
    }

    @Test
    void aPublicationThatBreaksItsContractIsParkedNamingTheRuleBroken() {
        String broken = published("de").replace("\"editions\":[", "\"editions\":[{\"language\":\"de\"},");

        handle(broken);

        assertThat(aws.awaitMessages(everyReader, 0)).isEmpty();
        assertThat(aws.drain(pipeline.deadLetterUrl())).singleElement().satisfies(m -> assertThat(attribute(m, "reason"))
                .startsWith("ContentPublished v2 (detail-type ContentPublished.v2) breaks its contract: /data/editions/0"));
    }

    @Test
    void theFirstVersionOfContentPublishedIsParkedNotToldTwice() {
        ContentPublishedV2 v2 = publication("de");
        String v1 = BusEvents.body(Sources.PUBLISHING, ContentPublished.TYPE,
                publishing.envelop(ContentPublished.TYPE, v2.toV1(), "corr", "cause"));

        handle(v1);

        assertThat(aws.awaitMessages(everyReader, 0)).isEmpty();
        assertThat(aws.drain(pipeline.deadLetterUrl())).singleElement().satisfies(m -> assertThat(attribute(m, "reason"))
                .isEqualTo("notifications handles ContentPublished.v2 and ContentUnpublished, not ContentPublished v1"));
    }

    private String published(String... languages) {
        return BusEvents.body(Sources.PUBLISHING, ContentPublishedV2.TYPE, publishing.envelop(ContentPublishedV2.TYPE,
                publication(languages), "corr-" + contentId, "cause-" + contentId));
    }

    private ContentPublishedV2 publication(String... languages) {
        List<ContentPublishedV2.Edition> editions = java.util.Arrays.stream(languages).map(language ->
                new ContentPublishedV2.Edition(language, language.equals("en") ? "Night trains" : "[" + language + "] Nachtzüge",
                        "https://polyglot.media/" + language + "/travel/" + contentId)).toList();
        return new ContentPublishedV2(contentId, 1, "travel", "https://polyglot.media/en/travel/" + contentId, editions,
                Instant.parse("2026-11-26T10:00:00Z"));
    }

    private String unpublished(String category, String... languages) {
        return BusEvents.body(Sources.PUBLISHING, ContentUnpublished.TYPE, publishing.envelop(ContentUnpublished.TYPE,
                new ContentUnpublished(contentId, 1, ContentUnpublished.Reason.WITHDRAWN, List.of(languages), category),
                "corr-" + contentId, "cause-" + contentId));
    }

    /** A queue subscribed to the topic with raw delivery (the notice itself, its attributes as SQS attributes). */
    private static String subscribe(String name, String filterPolicy) {
        String url = aws.createQueue(name);
        String arn = aws.sqs().getQueueAttributes(a -> a.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        Map<String, String> attributes = filterPolicy == null ? Map.of("RawMessageDelivery", "true")
                : Map.of("RawMessageDelivery", "true", "FilterPolicy", filterPolicy);
        sns.subscribe(s -> s.topicArn(topicArn).protocol("sqs").endpoint(arn).attributes(attributes));
        return url;
    }

    private static SQSBatchResponse handle(String... bodies) {
        return handler.handleRequest(SqsBatches.of(bodies), context());
    }

    private static LambdaContext context() {
        return LambdaContext.of("notifications", Duration.ofSeconds(30));
    }

    private static String attribute(Message message, String name) {
        return message.messageAttributes().get(name).stringValue();
    }

    private static JsonNode json(Message message) {
        try {
            return EventJson.mapper().readTree(message.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
