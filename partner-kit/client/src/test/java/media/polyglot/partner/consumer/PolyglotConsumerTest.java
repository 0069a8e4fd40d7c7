package media.polyglot.partner.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import media.polyglot.common.testing.LocalAws;
import media.polyglot.events.Envelope;
import media.polyglot.events.EventJson;
import media.polyglot.events.SchemaResources;
import media.polyglot.events.localization.TranslationRequested;
import media.polyglot.events.publishing.ContentPublished;
import media.polyglot.events.publishing.ContentPublishedV2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** The typed consumer with its dead-letter queue on the local runtime's SQS (ElasticMQ). */
class PolyglotConsumerTest {

    private static LocalAws aws;
    private static SqsClient sqs;
    private static String deadLetterQueue;

    @BeforeAll
    static void startQueues() {
        aws = LocalAws.start();
        sqs = aws.sqs();
        deadLetterQueue = aws.createQueue("partner-dlq");
    }

    @AfterAll
    static void stopQueues() {
        aws.close();
    }

    @BeforeEach
    void emptyTheDeadLetterQueue() {
        aws.drain(deadLetterQueue);
    }

    @Test
    void aValidEventReachesTheHandlerAsItsRecord() {
        Requests handler = new Requests(deadLetterQueue);

        SQSBatchResponse response = handler.handleRequest(batch(message("m-1", requested())), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(handler.handled).hasSize(1);
        Envelope<TranslationRequested> event = handler.handled.get(0);
        assertThat(event.data().requestId()).isEqualTo("tr-c-7f2b9a-1-de");
        assertThat(event.data().targetLanguage()).isEqualTo("de");
        assertThat(event.metadata().correlationId()).isEqualTo("6a3e1f7c-52d4-4b8e-a0f2-4c6b1d9e8a11");
    }

    @Test
    void anEventBreakingItsContractIsParkedInTheDeadLetterQueueWithTheReason() {
        Requests handler = new Requests(deadLetterQueue);
        ObjectNode broken = requested();
        ((ObjectNode) broken.path("detail").path("data")).put("targetLanguage", "German");
        SQSEvent.SQSMessage bad = message("m-bad", broken);

        SQSBatchResponse response = handler.handleRequest(batch(message("m-1", requested()), bad), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(handler.handled).hasSize(1);
        Message parked = single(aws.drain(deadLetterQueue));
        assertThat(parked.body()).isEqualTo(bad.getBody());
        assertThat(parked.messageAttributes().get("reason").stringValue()).startsWith(
                "TranslationRequested v1 (detail-type TranslationRequested) breaks its contract: /data/targetLanguage [pattern]");
        assertThat(parked.messageAttributes().get("handler").stringValue()).isEqualTo(Requests.class.getName());
    }

    @Test
    void anEventOfAnotherRecordIsParkedNamingBoth() {
        Requests handler = new Requests(deadLetterQueue);

        handler.handleRequest(batch(message("m-1", event("ContentPublished", ContentPublished.TYPE.exampleResource()))), null);

        assertThat(handler.handled).isEmpty();
        assertThat(single(aws.drain(deadLetterQueue)).messageAttributes().get("reason").stringValue())
                .isEqualTo("this handler handles TranslationRequested, not ContentPublished (ContentPublished)");
    }

    @Test
    void aMessageThatIsNoEventIsParked() {
        Requests handler = new Requests(deadLetterQueue);

        handler.handleRequest(batch(message("m-1", "not json at all")), null);

        assertThat(single(aws.drain(deadLetterQueue)).messageAttributes().get("reason").stringValue())
                .startsWith("the message is not JSON: ");
    }

    @Test
    void aFailureOfTheHandlerReportsOnlyThatRecordFailed() {
        Requests handler = new Requests(deadLetterQueue);
        handler.failOn = "fr";
        ObjectNode french = requested();
        ((ObjectNode) french.path("detail").path("data")).put("targetLanguage", "fr");

        SQSBatchResponse response = handler.handleRequest(
                batch(message("m-1", requested()), message("m-2", french), message("m-3", requested())), null);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("m-2");
        assertThat(handler.handled).hasSize(2);
        assertThat(aws.drain(deadLetterQueue)).isEmpty();
    }

    @Test
    void withoutADeadLetterQueueAnEventThatCanNeverBeHandledIsReportedFailed() {
        Requests handler = new Requests(null);

        SQSBatchResponse response = handler.handleRequest(batch(message("m-1", "{}")), null);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("m-1");
    }

    @Test
    void whenParkingFailsTheRecordIsReportedFailedSoItIsNotLost() {
        Requests handler = new Requests(deadLetterQueue.replace("partner-dlq", "no-such-queue"));

        SQSBatchResponse response = handler.handleRequest(batch(message("m-1", "{}")), null);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("m-1");
    }

    @Test
    void aHandlerThatDoesNotNameItsRecordIsRefused() {
        assertThatThrownBy(() -> HandledType.of(Object.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("java.lang.Object must extend PolyglotConsumer<R> naming the record R of the events it handles,"
                        + " for example PolyglotConsumer<TranslationRequested>");
        assertThat(HandledType.of(Requests.class)).isEqualTo(TranslationRequested.class);
    }

    @Test
    void aHandlerOfOneRecordCannotTakeTheDetailTypesOfAnother() {
        assertThatThrownBy(() -> HandledType.requireHandles(Requests.class, TranslationRequested.class,
                List.of("TranslationRequested", "ContentPublished.v2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("handler " + Requests.class.getName() + " handles TranslationRequested but would receive "
                        + "ContentPublished.v2 (ContentPublishedV2): subscribe it to the detail-types of "
                        + "TranslationRequested, or declare PolyglotConsumer<Record> to take several");
        HandledType.requireHandles(Requests.class, Record.class, List.of("TranslationRequested", "ContentPublished.v2"));
    }

    @Test
    void aHandlerOfRecordReceivesEachDetailTypeAsItsOwnRecord() {
        Publications handler = new Publications(deadLetterQueue);

        SQSBatchResponse response = handler.handleRequest(batch(
                message("m-1", event("ContentPublished", ContentPublished.TYPE.exampleResource())),
                message("m-2", event("ContentPublished.v2", ContentPublishedV2.TYPE.exampleResource()))), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(handler.handled.get(0).data()).isInstanceOf(ContentPublished.class);
        assertThat(handler.handled.get(1).data()).isInstanceOf(ContentPublishedV2.class);
        assertThat(aws.drain(deadLetterQueue)).isEmpty();
    }

    /** A partner's handler of both versions of ContentPublished, during its move from one to the other. */
    static final class Publications extends PolyglotConsumer<Record> {
        final List<Envelope<Record>> handled = new ArrayList<>();

        Publications(String deadLetterQueueUrl) {
            super(sqs, deadLetterQueueUrl);
        }

        @Override
        protected void handle(Envelope<Record> event) {
            handled.add(event);
        }
    }

    /** A partner's handler of TranslationRequested. */
    static final class Requests extends PolyglotConsumer<TranslationRequested> {
        final List<Envelope<TranslationRequested>> handled = new ArrayList<>();
        String failOn;

        Requests(String deadLetterQueueUrl) {
            super(sqs, deadLetterQueueUrl);
        }

        @Override
        protected void handle(Envelope<TranslationRequested> event) {
            if (event.data().targetLanguage().equals(failOn)) {
                throw new IllegalStateException("no translator for " + failOn);
            }
            handled.add(event);
        }
    }

    /** TranslationRequested as a rule delivers it to the queue: the whole EventBridge event, its example as detail. */
    private static ObjectNode requested() {
        return event("TranslationRequested", TranslationRequested.TYPE.exampleResource());
    }

    private static ObjectNode event(String detailType, String exampleResource) {
        ObjectNode event = EventJson.mapper().createObjectNode();
        event.put("version", "0").put("id", "eb-1").put("detail-type", detailType).put("source", "polyglot.localization")
                .put("account", "000000000000").put("time", "2026-11-26T09:20:05Z").put("region", "us-east-1");
        event.putArray("resources");
        event.set("detail", SchemaResources.read(exampleResource));
        return event;
    }

    private static SQSEvent.SQSMessage message(String id, Object body) {
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId(id);
        message.setBody(body.toString());
        message.setAttributes(Map.of("ApproximateReceiveCount", "1"));
        return message;
    }

    private static SQSEvent batch(SQSEvent.SQSMessage... messages) {
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(messages));
        return event;
    }

    private static Message single(List<Message> messages) {
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }
}
