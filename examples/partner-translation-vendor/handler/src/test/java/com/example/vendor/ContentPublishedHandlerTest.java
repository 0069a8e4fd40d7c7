package com.example.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import media.polyglot.events.EventJson;
import media.polyglot.events.EventType;
import media.polyglot.events.SchemaResources;
import media.polyglot.events.localization.TranslationRequested;
import media.polyglot.events.publishing.ContentPublished;
import media.polyglot.events.publishing.ContentPublishedV2;
import org.junit.jupiter.api.Test;

/** The vendor's publications function reads both versions of ContentPublished to the same publication. */
class ContentPublishedHandlerTest {

    private final List<String> log = new ArrayList<>();
    // No dead-letter queue: an event it cannot read is reported failed, which shows it was not handled.
    private final ContentPublishedHandler handler = new ContentPublishedHandler(null, null, log::add);

    @Test
    void versionOneAndVersionTwoOfOneFactAreLoggedAsTheSameTranslationsLive() throws Exception {
        SQSBatchResponse response = handler.handleRequest(batch(ContentPublished.TYPE, ContentPublishedV2.TYPE), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(log).hasSize(2);
        JsonNode v1 = EventJson.mapper().readTree(log.get(0));
        JsonNode v2 = EventJson.mapper().readTree(log.get(1));
        assertThat(v1.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(v2.path("schemaVersion").asInt()).isEqualTo(2);
        for (JsonNode line : List.of(v1, v2)) {
            assertThat(line.path("message").asText()).isEqualTo("translations live");
            assertThat(line.path("contentId").asText()).isEqualTo("c-7f2b9a");
            assertThat(line.path("correlationId").asText()).isEqualTo("6a3e1f7c-52d4-4b8e-a0f2-4c6b1d9e8a11");
            assertThat(line.path("translated").toString()).isEqualTo("[\"de\",\"fr\"]");
        }
    }

    @Test
    void anEventOfAnotherTypeIsNotHandled() {
        SQSBatchResponse response = handler.handleRequest(batch(TranslationRequested.TYPE), null);

        assertThat(response.getBatchItemFailures()).hasSize(1);
        assertThat(log).isEmpty();
    }

    /** The examples of these types as Polyglot's rule delivers them to the vendor's queue: whole EventBridge events. */
    private static SQSEvent batch(EventType... types) {
        List<SQSEvent.SQSMessage> messages = new ArrayList<>();
        for (EventType type : types) {
            ObjectNode event = EventJson.mapper().createObjectNode();
            event.put("version", "0").put("id", "eb-" + messages.size()).put("detail-type", type.detailType())
                    .put("source", "polyglot.publishing").put("account", "000000000000")
                    .put("time", "2026-11-26T10:00:00Z").put("region", "us-east-1");
            event.putArray("resources");
            event.set("detail", SchemaResources.example(type));
            SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
            message.setMessageId("m-" + messages.size());
            message.setBody(event.toString());
            messages.add(message);
        }
        SQSEvent batch = new SQSEvent();
        batch.setRecords(messages);
        return batch;
    }
}
