package com.example.vendor;

import java.util.function.Consumer;
import media.polyglot.events.Envelope;
import media.polyglot.events.EventJson;
import media.polyglot.partner.consumer.ConsumerSettings;
import media.polyglot.partner.consumer.PolyglotConsumer;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The vendor's second function: Polyglot's ContentPublished, versions 1 and 2 during the move from one to the
 * other, each read to a {@link Publication} and logged as one JSON line, the record of which of its translations went
 * live (what the vendor's billing reads).
 */
public final class ContentPublishedHandler extends PolyglotConsumer<Record> {

    private final Consumer<String> log;

    /** As Lambda builds it: the log is the function's standard output. */
    public ContentPublishedHandler() {
        this(SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).build(),
                System.getenv(ConsumerSettings.DEAD_LETTER_QUEUE_URL), System.out::println);
    }

    ContentPublishedHandler(SqsClient sqs, String deadLetterQueueUrl, Consumer<String> log) {
        super(sqs, deadLetterQueueUrl);
        this.log = log;
    }

    @Override
    protected void handle(Envelope<Record> event) {
        Publication publication = Publication.of(event.data());
        log.accept(EventJson.mapper().createObjectNode()
                .put("message", "translations live")
                .put("correlationId", event.metadata().correlationId())
                .put("eventId", event.metadata().eventId())
                .put("contentId", publication.contentId())
                .put("revision", publication.revision())
                .put("schemaVersion", publication.schemaVersion())
                .set("translated", EventJson.mapper().valueToTree(publication.translated()))
                .toString());
    }
}
