package media.polyglot.infra.sandbox;

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
import software.constructs.Construct;

/**
 * A translation vendor for development stages, subscribed the way a partner team subscribes: a rule on
 * TranslationRequested, and answers put back on the bus under its own partner source. Deployed only where
 * the CDK context flag {@code sandboxVendor} allows (on by default in dev), so the whole flow runs without
 * a real vendor.
 */
public final class SandboxVendorService extends Construct {

    // The context's name, tagged on its resources and the first half of its idempotency keys.
    private static final String CONTEXT = "sandbox-vendor";

    /** How long the sandbox "translates": short, so a local flow stays quick, yet visible in a trace. */
    public static final int DELAY_MILLIS = 100;
    /** The sandbox translates everything unless a stage asks it to decline some. */
    public static final int DECLINE_PERCENT = 0;

    public SandboxVendorService(Construct scope, String id, ServiceProps props) {
        super(scope, id);
        Table idempotency = Tables.idempotency(this, props.removalPolicy());
        JavaFunction translate = new JavaFunction(this, "SandboxTranslationFunction", new JavaFunction.Props(
                CONTEXT, props.jar(), "media.polyglot.sandbox.SandboxTranslationHandler::handleRequest",
                JavaFunction.DEFAULT_TIMEOUT,
                Map.of(FunctionSettings.SANDBOX_DELAY_MILLIS, Integer.toString(DELAY_MILLIS),
                        FunctionSettings.SANDBOX_DECLINE_PERCENT, Integer.toString(DECLINE_PERCENT)),
                props.removalPolicy()));
        ConsumerPipeline.attach(translate.function(), props, CONTEXT, idempotency, true);
        new Subscription(this, "SandboxTranslationSubscription", new Subscription.Props(props.bus(),
                EventPattern.builder()
                        .source(List.of(Sources.LOCALIZATION))
                        .detailType(List.of(DetailTypes.TRANSLATION_REQUESTED))
                        .build(),
                translate.function(), props.concurrency()));
    }
}
