package media.polyglot.infra.audit;

import java.util.List;
import java.util.Map;
import media.polyglot.common.FunctionSettings;
import media.polyglot.events.Bus;
import media.polyglot.events.wiring.FunctionEnvironment;
import media.polyglot.infra.backbone.Subscription;
import media.polyglot.infra.common.JavaFunction;
import media.polyglot.infra.common.ServiceProps;
import media.polyglot.infra.common.Tables;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Match;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.FunctionUrl;
import software.constructs.Construct;

/**
 * The audit context: an event store holding every event of ours, per content item in order and in one global
 * stream with positions; an HTTP API that reads a content item's history and pages through the stream; and a
 * rebuild that replays the stream into the catalog's projection.
 */
public final class AuditService extends Construct {

    // The context's name, tagged on its resources.
    private static final String CONTEXT = "audit";
    // A rebuild reads the whole store: give it Lambda's longest run; a longer one continues with "after".
    private static final Duration REBUILD_TIMEOUT = Duration.minutes(15);

    private final FunctionUrl historyUrl;
    private final Function rebuild;

    /**
     * @param catalogProjection the catalog's projection function, which a rebuild invokes with stored events
     */
    public AuditService(Construct scope, String id, ServiceProps props, Function catalogProjection) {
        super(scope, id);
        Table eventStore = Tables.builder(this, "EventStoreTable", "contentId", props.removalPolicy())
                .sortKey(Tables.stringKey("position"))
                .build();
        // The global stream: entries in one partition by number position, and the counter item beside them.
        Table eventStream = Tables.builder(this, "EventStreamTable", "stream", props.removalPolicy())
                .sortKey(Tables.numberKey("position"))
                .build();

        JavaFunction append = new JavaFunction(this, "AppendToEventStoreFunction", new JavaFunction.Props(
                CONTEXT, props.jar(), "media.polyglot.audit.AppendToEventStoreHandler::handleRequest",
                JavaFunction.DEFAULT_TIMEOUT,
                Map.of(FunctionEnvironment.EVENT_STORE_TABLE, eventStore.getTableName(),
                        FunctionSettings.EVENT_STREAM_TABLE, eventStream.getTableName(),
                        FunctionSettings.CONSUMER_NAME, CONTEXT),
                props.removalPolicy()));
        // One transaction puts the store item and the stream entry and moves the counter; a duplicate reads its
        // first position back from the store item.
        eventStore.grant(append.function(), "dynamodb:PutItem", "dynamodb:GetItem");
        eventStream.grant(append.function(), "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem");
        // Every event of ours, whatever its context; partners' events (other sources) are not audited here.
        new Subscription(this, "AppendToEventStoreSubscription", new Subscription.Props(
                props.bus(),
                EventPattern.builder().source(Match.prefix(Bus.SOURCE_PREFIX)).build(),
                append.function(), props.concurrency()));

        JavaFunction history = new JavaFunction(this, "HistoryFunction", new JavaFunction.Props(
                CONTEXT, props.jar(), "media.polyglot.audit.HistoryHandler::handleRequest",
                JavaFunction.DEFAULT_TIMEOUT,
                Map.of(FunctionEnvironment.EVENT_STORE_TABLE, eventStore.getTableName(),
                        FunctionSettings.EVENT_STREAM_TABLE, eventStream.getTableName()),
                props.removalPolicy()));
        eventStore.grant(history.function(), "dynamodb:Query");
        eventStream.grant(history.function(), "dynamodb:Query");
        this.historyUrl = history.addIamFunctionUrl();

        JavaFunction rebuildFunction = new JavaFunction(this, "RebuildFunction", new JavaFunction.Props(
                CONTEXT, props.jar(), "media.polyglot.audit.RebuildHandler::handleRequest", REBUILD_TIMEOUT,
                Map.of(FunctionSettings.EVENT_STREAM_TABLE, eventStream.getTableName(),
                        FunctionSettings.REBUILD_CATALOG_FUNCTION, catalogProjection.getFunctionName()),
                props.removalPolicy()));
        eventStream.grant(rebuildFunction.function(), "dynamodb:Query");
        // Not grantInvoke: it also allows every version and alias (arn:*); the rebuild invokes $LATEST only.
        rebuildFunction.function().addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("lambda:InvokeFunction"))
                .resources(List.of(catalogProjection.getFunctionArn()))
                .build());
        this.rebuild = rebuildFunction.function();
    }

    /** The Function URL that reads a content item's history and the global stream. */
    public String historyUrl() {
        return historyUrl.getUrl();
    }

    /** The function that rebuilds a projection from the stream, invoked with {@code {"target": "catalog"}}. */
    public String rebuildFunctionName() {
        return rebuild.getFunctionName();
    }
}
