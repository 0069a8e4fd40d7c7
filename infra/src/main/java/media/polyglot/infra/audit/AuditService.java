package media.polyglot.infra.audit;

import java.util.Map;
import media.polyglot.common.FunctionSettings;
import media.polyglot.events.Bus;
import media.polyglot.events.wiring.FunctionEnvironment;
import media.polyglot.infra.backbone.Subscription;
import media.polyglot.infra.common.JavaFunction;
import media.polyglot.infra.common.ServiceProps;
import media.polyglot.infra.common.Tables;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Match;
import software.amazon.awscdk.services.lambda.FunctionUrl;
import software.constructs.Construct;

/**
 * The audit context: an event store holding every event of ours, per content item in order, and an HTTP API
 * that reads a content item's history from it.
 */
public final class AuditService extends Construct {

    // The context's name, tagged on its resources.
    private static final String CONTEXT = "audit";

    private final FunctionUrl historyUrl;

    public AuditService(Construct scope, String id, ServiceProps props) {
        super(scope, id);
        Table eventStore = Tables.builder(this, "EventStoreTable", "contentId", props.removalPolicy())
                .sortKey(Tables.stringKey("position"))
                .build();
        Map<String, String> environment = Map.of(FunctionEnvironment.EVENT_STORE_TABLE, eventStore.getTableName());

        JavaFunction append = new JavaFunction(this, "AppendToEventStoreFunction", new JavaFunction.Props(
                CONTEXT, props.jar(), "media.polyglot.audit.AppendToEventStoreHandler::handleRequest",
                JavaFunction.DEFAULT_TIMEOUT,
                Map.of(FunctionEnvironment.EVENT_STORE_TABLE, eventStore.getTableName(),
                        FunctionSettings.CONSUMER_NAME, CONTEXT),
                props.removalPolicy()));
        eventStore.grantWriteData(append.function());
        // Every event of ours, whatever its context; partners' events (other sources) are not audited here.
        new Subscription(this, "AppendToEventStoreSubscription", new Subscription.Props(
                props.bus(),
                EventPattern.builder().source(Match.prefix(Bus.SOURCE_PREFIX)).build(),
                append.function()));

        JavaFunction history = new JavaFunction(this, "HistoryFunction", new JavaFunction.Props(
                CONTEXT, props.jar(), "media.polyglot.audit.HistoryHandler::handleRequest",
                JavaFunction.DEFAULT_TIMEOUT, environment, props.removalPolicy()));
        eventStore.grantReadData(history.function());
        this.historyUrl = history.addIamFunctionUrl();
    }

    /** The Function URL that reads a content item's history. */
    public String historyUrl() {
        return historyUrl.getUrl();
    }
}
