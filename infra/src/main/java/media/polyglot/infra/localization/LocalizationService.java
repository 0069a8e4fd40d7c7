package media.polyglot.infra.localization;

import java.util.List;
import java.util.Map;
import media.polyglot.common.FunctionSettings;
import media.polyglot.events.DetailTypes;
import media.polyglot.events.Sources;
import media.polyglot.infra.backbone.ConsumerPipeline;
import media.polyglot.infra.backbone.Subscription;
import media.polyglot.infra.common.JavaFunction;
import media.polyglot.infra.common.ServiceProps;
import media.polyglot.infra.common.Tables;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Match;
import software.constructs.Construct;

/**
 * The localization context: an approved revision fans out into one TranslationRequested per target language
 * for partner vendors; their answers (TranslationDelivered, TranslationDeclined, from any
 * {@code partner.translation.*} source) complete a language, ask again, or fail it.
 */
public final class LocalizationService extends Construct {

    // The context's name, tagged on its resources and the first half of its idempotency keys.
    private static final String CONTEXT = "localization";

    /** How many times a language is requested before it fails. */
    public static final int TRANSLATION_ATTEMPTS = 3;

    public LocalizationService(Construct scope, String id, ServiceProps props) {
        super(scope, id);
        Table idempotency = Tables.idempotency(this, props.removalPolicy());
        Table translations = Tables.builder(this, "TranslationsTable", "requestKey", props.removalPolicy()).build();
        JavaFunction localize = new JavaFunction(this, "LocalizeContentFunction", new JavaFunction.Props(
                CONTEXT, props.jar(), "media.polyglot.localization.LocalizeContentHandler::handleRequest",
                JavaFunction.DEFAULT_TIMEOUT,
                Map.of(FunctionSettings.TRANSLATIONS_TABLE, translations.getTableName(),
                        FunctionSettings.TRANSLATION_ATTEMPTS, Integer.toString(TRANSLATION_ATTEMPTS)),
                props.removalPolicy()));
        translations.grant(localize.function(), "dynamodb:GetItem", "dynamodb:PutItem");
        ConsumerPipeline.attach(localize.function(), props, CONTEXT, idempotency, true);
        // One rule for both halves: EventBridge matches each field on its own, so the pattern also admits
        // combinations no one emits (moderation never sends TranslationDelivered), which cost nothing.
        new Subscription(this, "LocalizeContentSubscription", new Subscription.Props(props.bus(),
                EventPattern.builder()
                        .source(Match.anyOf(Match.exactString(Sources.MODERATION),
                                Match.prefix(Sources.PARTNER_TRANSLATION_PREFIX)))
                        .detailType(List.of(DetailTypes.CONTENT_APPROVED, DetailTypes.TRANSLATION_DELIVERED,
                                DetailTypes.TRANSLATION_DECLINED))
                        .build(),
                localize.function(), props.concurrency()));
    }
}
