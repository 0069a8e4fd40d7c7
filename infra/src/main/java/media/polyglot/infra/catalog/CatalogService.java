package media.polyglot.infra.catalog;

import java.util.List;
import java.util.Map;
import media.polyglot.common.FunctionSettings;
import media.polyglot.events.Bus;
import media.polyglot.events.DetailTypes;
import media.polyglot.infra.backbone.Subscription;
import media.polyglot.infra.common.JavaFunction;
import media.polyglot.infra.common.ServiceProps;
import media.polyglot.infra.common.Tables;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Match;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.FunctionUrl;
import software.constructs.Construct;

/**
 * The catalog context, a CQRS read model: a projection of every content lifecycle event into an entry per
 * item and a row per live edition under its language, and a read-only HTTP API over both. The projection is
 * idempotent and order-tolerant, so audit can rebuild it by replaying the event store through the same
 * function.
 */
public final class CatalogService extends Construct {

    // The context's name, tagged on its resources and naming what it parks.
    private static final String CONTEXT = "catalog";

    private final JavaFunction projection;
    private final FunctionUrl apiUrl;

    public CatalogService(Construct scope, String id, ServiceProps props) {
        super(scope, id);
        Table catalog = Tables.builder(this, "CatalogTable", "contentId", props.removalPolicy()).build();
        Table byLanguage = Tables.builder(this, "CatalogLanguageTable", "language", props.removalPolicy())
                .sortKey(Tables.stringKey("contentId"))
                .build();
        Map<String, String> tables = Map.of(FunctionSettings.CATALOG_TABLE, catalog.getTableName(),
                FunctionSettings.CATALOG_LANGUAGE_TABLE, byLanguage.getTableName());

        this.projection = new JavaFunction(this, "CatalogProjectionFunction", new JavaFunction.Props(
                CONTEXT, props.jar(), "media.polyglot.catalog.CatalogProjectionHandler::handleRequest",
                JavaFunction.DEFAULT_TIMEOUT,
                Map.of(FunctionSettings.CATALOG_TABLE, catalog.getTableName(),
                        FunctionSettings.CATALOG_LANGUAGE_TABLE, byLanguage.getTableName(),
                        FunctionSettings.CONSUMER_NAME, CONTEXT),
                props.removalPolicy()));
        // One transaction writes the entry (conditionally on its version) and puts or deletes language rows.
        catalog.grant(projection.function(), "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:ConditionCheckItem");
        byLanguage.grant(projection.function(), "dynamodb:PutItem", "dynamodb:DeleteItem");
        new Subscription(this, "CatalogProjectionSubscription", new Subscription.Props(props.bus(),
                EventPattern.builder()
                        .source(Match.prefix(Bus.SOURCE_PREFIX))
                        .detailType(List.of(DetailTypes.CONTENT_SUBMITTED, DetailTypes.CONTENT_REVISED,
                                DetailTypes.CONTENT_WITHDRAWN, DetailTypes.CONTENT_APPROVED, DetailTypes.CONTENT_REJECTED,
                                DetailTypes.TRANSLATION_COMPLETED, DetailTypes.TRANSLATION_FAILED,
                                DetailTypes.CONTENT_PUBLISHED_V2, DetailTypes.CONTENT_UNPUBLISHED))
                        .build(),
                projection.function(), props.concurrency()));

        JavaFunction api = new JavaFunction(this, "CatalogApiFunction", new JavaFunction.Props(
                CONTEXT, props.jar(), "media.polyglot.catalog.CatalogApiHandler::handleRequest",
                JavaFunction.DEFAULT_TIMEOUT, tables, props.removalPolicy()));
        catalog.grant(api.function(), "dynamodb:GetItem");
        byLanguage.grant(api.function(), "dynamodb:Query");
        this.apiUrl = api.addIamFunctionUrl();
    }

    /** The projection, which audit's rebuild invokes with stored events. */
    public Function projection() {
        return projection.function();
    }

    /** The Function URL of the read API. */
    public String apiUrl() {
        return apiUrl.getUrl();
    }
}
