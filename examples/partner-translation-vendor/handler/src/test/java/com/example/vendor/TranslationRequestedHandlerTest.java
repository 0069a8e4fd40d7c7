package com.example.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import media.polyglot.common.testing.LocalAws;
import media.polyglot.events.BodyReference;
import media.polyglot.events.ContractValidator;
import media.polyglot.events.EventJson;
import media.polyglot.events.SchemaResources;
import media.polyglot.events.localization.TranslationRequested;
import media.polyglot.events.partner.TranslationDelivered;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/** The vendor's function on the local runtime: a TranslationRequested in, a TranslationDelivered on Polyglot's bus. */
class TranslationRequestedHandlerTest {

    private static LocalAws aws;
    private static EventBridgeClient eventBridge;
    private static String deadLetterQueue;

    @BeforeAll
    static void start() {
        aws = LocalAws.start();
        eventBridge = aws.client(EventBridgeClient.builder());
        deadLetterQueue = aws.createQueue("vendor-dlq");
    }

    @AfterAll
    static void stop() {
        eventBridge.close();
        aws.close();
    }

    @Test
    void aRequestIsAnsweredWithAPseudoTranslationUnderTheVendorsSource() {
        TranslationRequestedHandler handler = new TranslationRequestedHandler(aws.sqs(), deadLetterQueue, eventBridge,
                "arn:aws:events:us-east-1:000000000000:event-bus/polyglot", "acme");
        JsonNode request = SchemaResources.example(TranslationRequested.TYPE);

        SQSBatchResponse response = handler.handleRequest(batch(request), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        JsonNode answer = awaitOnePublished();
        assertThat(answer.path("source").asText()).isEqualTo("partner.translation.acme");
        assertThat(answer.path("detail-type").asText()).isEqualTo("TranslationDelivered");
        assertThat(new ContractValidator().violations(TranslationDelivered.TYPE, answer.path("detail"))).isEmpty();
        assertThat(answer.path("detail").path("metadata").path("correlationId").asText())
                .isEqualTo(request.path("metadata").path("correlationId").asText());
        assertThat(answer.path("detail").path("metadata").path("causationId").asText())
                .isEqualTo(request.path("metadata").path("eventId").asText());
        TranslationDelivered delivered = EventJson.mapper().convertValue(answer.path("detail").path("data"),
                TranslationDelivered.class);
        String body = "[de] Trànslàtìòn òf pòlyglòt://còntènt/c-7f2b9à/rèvìsìòns/1/bòdy";
        assertThat(delivered).isEqualTo(new TranslationDelivered("tr-c-7f2b9a-1-de", "c-7f2b9a", 1, "de",
                "[de] Nìght tràìns àrè bàck",
                BodyReference.ofText("https://translations.vendor.invalid/tr-c-7f2b9a-1-de", body), "acme"));
        assertThat(aws.drain(deadLetterQueue)).isEmpty();
    }

    @Test
    void anAnswerTheBusDoesNotTakeFailsTheRecordSoItIsDeliveredAgain() {
        TranslationRequestedHandler handler = new TranslationRequestedHandler(aws.sqs(), deadLetterQueue, eventBridge,
                "arn:aws:events:us-east-1:000000000000:event-bus/no-such-bus", "acme");

        SQSBatchResponse response = handler.handleRequest(batch(SchemaResources.example(TranslationRequested.TYPE)), null);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("m-1");
    }

    private static JsonNode awaitOnePublished() {
        List<JsonNode> events = new ArrayList<>();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            events.addAll(aws.published());
            return !events.isEmpty();
        });
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    /** The request as Polyglot's rule delivers it to the vendor's queue: the whole EventBridge event. */
    private static SQSEvent batch(JsonNode detail) {
        ObjectNode event = EventJson.mapper().createObjectNode();
        event.put("version", "0").put("id", "eb-1").put("detail-type", "TranslationRequested")
                .put("source", "polyglot.localization").put("account", "000000000000")
                .put("time", "2026-11-26T09:20:05Z").put("region", "us-east-1");
        event.putArray("resources");
        event.set("detail", detail);
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId("m-1");
        message.setBody(event.toString());
        SQSEvent batch = new SQSEvent();
        batch.setRecords(List.of(message));
        return batch;
    }
}
