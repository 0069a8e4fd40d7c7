package com.example.vendor;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import media.polyglot.events.Bus;
import media.polyglot.events.DetailTypes;
import media.polyglot.events.Sources;
import media.polyglot.events.publishing.ContentPublished;
import media.polyglot.events.publishing.ContentPublishedV2;
import media.polyglot.partner.cdk.Handler;
import media.polyglot.partner.cdk.PolyglotSubscription;
import media.polyglot.partner.cdk.SubscriptionProps;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Code;
import software.constructs.Construct;

/**
 * The translation vendor's account: a subscription to Polyglot's TranslationRequested, and the right for its
 * function to put the answers on Polyglot's bus (which lets this account do so under its source only); a second
 * subscription, on the same bus, to ContentPublished (versions 1 and 2), telling which translations went live.
 */
public final class VendorStack extends Stack {

    /**
     * @param polyglotAccount the account of Polyglot's bus
     * @param vendor          the vendor's id; its source is {@code partner.translation.<vendor>}
     * @param handlerJar      the function's shaded jar
     */
    public record Settings(String polyglotAccount, String vendor, Path handlerJar) {
        public Settings {
            Sources.partnerTranslation(vendor);
        }
    }

    public VendorStack(Construct scope, String id, StackProps props, Settings settings) {
        super(scope, id, props);
        Code code = Code.fromAsset(settings.handlerJar().toString());
        PolyglotSubscription requests = new PolyglotSubscription(this, "TranslationRequests", SubscriptionProps.builder()
                .polyglotAccount(settings.polyglotAccount())
                .detailTypes(List.of(DetailTypes.TRANSLATION_REQUESTED))
                .handler(Handler.typed(code, TranslationRequestedHandler.class))
                // A pseudo-translation takes milliseconds; a short timeout keeps a failed attempt's redelivery near
                // (the buffer's visibility timeout is six times it).
                .timeout(Duration.seconds(10))
                .build());
        // Both versions while Polyglot emits both: the handler reads either to the same publication.
        new PolyglotSubscription(this, "Publications", SubscriptionProps.builder()
                .polyglotAccount(settings.polyglotAccount())
                .bus(requests.bus())
                .detailTypes(List.of(ContentPublished.TYPE.detailType(), ContentPublishedV2.TYPE.detailType()))
                .handler(Handler.typed(code, ContentPublishedHandler.class))
                .timeout(Duration.seconds(10))
                .build());
        String polyglotBus = formatArn(ArnComponents.builder()
                .service("events").account(settings.polyglotAccount())
                .resource("event-bus").resourceName(Bus.NAME).arnFormat(ArnFormat.SLASH_RESOURCE_NAME)
                .build());
        requests.function().addEnvironment(VendorSettings.POLYGLOT_BUS_ARN, polyglotBus);
        requests.function().addEnvironment(VendorSettings.VENDOR_ID, settings.vendor());
        requests.function().addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("events:PutEvents"))
                .resources(List.of(polyglotBus))
                .conditions(Map.of("StringEquals", Map.of("events:source",
                        Sources.partnerTranslation(settings.vendor()))))
                .build());
    }
}
