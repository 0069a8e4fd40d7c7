package media.polyglot.infra.moderation;

import java.util.List;
import java.util.Map;
import media.polyglot.common.FunctionSettings;
import media.polyglot.events.DetailTypes;
import media.polyglot.events.Sources;
import media.polyglot.events.wiring.FunctionEnvironment;
import media.polyglot.infra.backbone.ConsumerPipeline;
import media.polyglot.infra.backbone.Subscription;
import media.polyglot.infra.common.JavaFunction;
import media.polyglot.infra.common.ServiceProps;
import media.polyglot.infra.common.Tables;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.events.EventPattern;
import software.constructs.Construct;

/**
 * The moderation context: a work queue of submitted and revised revisions, reviewed by competing instances
 * of one function against the house rules; each review answers ContentApproved or ContentRejected. Bodies
 * are read by their claim check from the content table, which moderation may only read.
 */
public final class ModerationService extends Construct {

    // The context's name, tagged on its resources and the first half of its idempotency keys.
    private static final String CONTEXT = "moderation";

    /** Terms no title or body may use, as whole words in any case. */
    public static final String BANNED_TERMS = "casino,counterfeit,scam";
    /** The shortest body moderation approves. */
    public static final int MIN_BODY_CHARS = 20;

    public ModerationService(Construct scope, String id, ServiceProps props, ITable contentTable) {
        super(scope, id);
        Table idempotency = Tables.idempotency(this, props.removalPolicy());
        JavaFunction moderate = new JavaFunction(this, "ModerateContentFunction", new JavaFunction.Props(
                CONTEXT, props.jar(), "media.polyglot.moderation.ModerateContentHandler::handleRequest",
                JavaFunction.DEFAULT_TIMEOUT,
                Map.of(FunctionSettings.BANNED_TERMS, BANNED_TERMS,
                        FunctionSettings.MIN_BODY_CHARS, Integer.toString(MIN_BODY_CHARS),
                        FunctionEnvironment.CONTENT_TABLE, contentTable.getTableName()),
                props.removalPolicy()));
        // The claim check is resolved by one consistent read; content's table is never written from here.
        contentTable.grant(moderate.function(), "dynamodb:GetItem");
        ConsumerPipeline.attach(moderate.function(), props, CONTEXT, idempotency, true);
        new Subscription(this, "ModerateContentSubscription", new Subscription.Props(props.bus(),
                EventPattern.builder()
                        .source(List.of(Sources.CONTENT))
                        .detailType(List.of(DetailTypes.CONTENT_SUBMITTED, DetailTypes.CONTENT_REVISED))
                        .build(),
                moderate.function(), props.concurrency()));
    }
}
