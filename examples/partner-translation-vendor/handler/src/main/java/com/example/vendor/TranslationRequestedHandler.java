package com.example.vendor;

import java.util.List;
import media.polyglot.events.BodyReference;
import media.polyglot.events.Envelope;
import media.polyglot.events.Sources;
import media.polyglot.events.localization.TranslationRequested;
import media.polyglot.events.partner.TranslationDelivered;
import media.polyglot.partner.client.PartnerClient;
import media.polyglot.partner.client.PartnerEvent;
import media.polyglot.partner.consumer.ConsumerSettings;
import media.polyglot.partner.consumer.PolyglotConsumer;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The vendor's function: for each TranslationRequested Polyglot delivers, it answers TranslationDelivered with a
 * pseudo-translation, on Polyglot's bus, under its own source. A redelivered request is answered again; Polyglot's
 * localization takes the first answer per request id and ignores the rest.
 */
public final class TranslationRequestedHandler extends PolyglotConsumer<TranslationRequested> {

    /** Where the vendor would serve the translated bodies; the reserved .invalid domain says it serves none. */
    static final String BODIES = "https://translations.vendor.invalid/";

    private final PartnerClient polyglot;
    private final String vendor;

    /** As Lambda builds it, from the environment the CDK app sets. */
    public TranslationRequestedHandler() {
        this(SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).build(),
                System.getenv(ConsumerSettings.DEAD_LETTER_QUEUE_URL),
                EventBridgeClient.builder().httpClient(UrlConnectionHttpClient.create()).build(),
                System.getenv(VendorSettings.POLYGLOT_BUS_ARN), System.getenv(VendorSettings.VENDOR_ID));
    }

    TranslationRequestedHandler(SqsClient sqs, String deadLetterQueueUrl, EventBridgeClient eventBridge, String busArn,
                                String vendor) {
        super(sqs, deadLetterQueueUrl);
        this.vendor = vendor;
        this.polyglot = PartnerClient.builder()
                .eventBridge(eventBridge)
                .busArn(busArn)
                .source(Sources.partnerTranslation(vendor))
                .producer(vendor)
                .build();
    }

    @Override
    protected void handle(Envelope<TranslationRequested> event) {
        TranslationRequested request = event.data();
        String language = request.targetLanguage();
        String body = PseudoTranslator.translate("Translation of " + request.source().uri(), language);
        TranslationDelivered delivered = new TranslationDelivered(request.requestId(), request.contentId(),
                request.revision(), language, PseudoTranslator.translate(request.title(), language),
                BodyReference.ofText(BODIES + request.requestId(), body), vendor);
        polyglot.send(List.of(PartnerEvent.answering(event.metadata(), delivered)));
    }
}
