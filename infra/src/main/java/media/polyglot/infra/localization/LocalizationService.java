package media.polyglot.infra.localization;

import java.util.List;
import java.util.Map;
import media.polyglot.common.FunctionSettings;
import media.polyglot.events.DetailTypes;
import media.polyglot.events.Sources;
import media.polyglot.events.wiring.FunctionEnvironment;
import media.polyglot.infra.backbone.ConsumerPipeline;
import media.polyglot.infra.backbone.Subscription;
import media.polyglot.infra.common.JavaFunction;
import media.polyglot.infra.common.Queues;
import media.polyglot.infra.common.ServiceProps;
import media.polyglot.infra.common.Tables;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Match;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.events.targets.LambdaFunctionProps;
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

    /** How often the sweep looks for requests no vendor answered in time (they have an hour). */
    public static final Duration SWEEP_PERIOD = Duration.minutes(5);

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
        sweepDeadlines(props, translations);
    }

    /** A scheduled sweep asks again (or fails the language) where a vendor did not answer by the due time. */
    private void sweepDeadlines(ServiceProps props, Table translations) {
        JavaFunction sweep = new JavaFunction(this, "TranslationDeadlinesFunction", new JavaFunction.Props(
                CONTEXT, props.jar(), "media.polyglot.localization.TranslationDeadlinesHandler::handleRequest",
                Duration.minutes(1),
                Map.of(FunctionSettings.TRANSLATIONS_TABLE, translations.getTableName(),
                        FunctionSettings.TRANSLATION_ATTEMPTS, Integer.toString(TRANSLATION_ATTEMPTS),
                        FunctionEnvironment.EVENT_BUS_NAME, props.bus().getEventBusName()),
                props.removalPolicy()));
        translations.grant(sweep.function(), "dynamodb:Scan", "dynamodb:PutItem", "dynamodb:UpdateItem");
        props.bus().grantPutEventsTo(sweep.function());
        // One sweep at a time: two would race to time out the same request (the conditional write keeps it correct,
        // but the second only wastes a scan).
        Subscription.limitConcurrency(sweep.function(), 1);
        Rule schedule = Rule.Builder.create(this, "TranslationDeadlinesSchedule").schedule(Schedule.rate(SWEEP_PERIOD))
                .build();
        // A missed sweep costs nothing the next one does not do, but a failing one should be seen: retried, then parked.
        schedule.addTarget(new LambdaFunction(sweep.function(), LambdaFunctionProps.builder()
                .deadLetterQueue(Queues.deadLetterQueue(this, "TranslationDeadlinesDeadLetterQueue"))
                .maxEventAge(SWEEP_PERIOD)
                .retryAttempts(2)
                .build()));
    }
}
