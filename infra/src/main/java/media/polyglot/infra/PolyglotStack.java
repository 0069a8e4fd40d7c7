package media.polyglot.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import media.polyglot.infra.audit.AuditService;
import media.polyglot.infra.backbone.EventBackbone;
import media.polyglot.infra.backbone.Partner;
import media.polyglot.infra.catalog.CatalogService;
import media.polyglot.infra.common.ServiceProps;
import media.polyglot.infra.content.ContentService;
import media.polyglot.infra.localization.LocalizationService;
import media.polyglot.infra.moderation.ModerationService;
import media.polyglot.infra.notifications.NotificationsService;
import media.polyglot.infra.observability.AlarmNotifications;
import media.polyglot.infra.observability.FlowDashboard;
import media.polyglot.infra.publishing.PublishingService;
import media.polyglot.infra.sandbox.SandboxVendorService;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

/** One stage of the system: the backbone and every context plugged into it. Composition only. */
public final class PolyglotStack extends Stack {

    // The contexts composed, against which the concurrency configuration is checked.
    private final List<String> contexts = new ArrayList<>();

    /**
     * @param stage         the stage this stack deploys
     * @param root          where the function jars are found
     * @param sandboxVendor whether the sandbox translation vendor is deployed
     * @param partners      the partner accounts of the bus
     * @param alarmEmail    the address alarms are mailed to, or {@code null} for none
     * @param concurrency   the storm guard of every consumer
     */
    public record Props(Stage stage, ProjectRoot root, boolean sandboxVendor, List<Partner> partners, String alarmEmail,
                        ConsumerConcurrency concurrency) {
        public Props {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(root, "root");
            Objects.requireNonNull(concurrency, "concurrency");
            partners = List.copyOf(partners);
        }
    }

    public PolyglotStack(Construct scope, Props props) {
        super(scope, props.stage().stackName(), StackProps.builder()
                // No AWS::CDK::Metadata resource: the template holds only what the system needs.
                .analyticsReporting(false)
                .build());

        new AlarmNotifications(this, "Alarms", props.alarmEmail());
        EventBackbone backbone = new EventBackbone(this, "Backbone", new EventBackbone.Props(
                props.stage().removalPolicy(), props.stage().archiveRetention(), props.partners()));
        ContentService content = new ContentService(this, "Content", service(backbone, props, "content"));
        new ModerationService(this, "Moderation", service(backbone, props, "moderation"), content.contentTable());
        new LocalizationService(this, "Localization", service(backbone, props, "localization"));
        if (props.sandboxVendor()) {
            new SandboxVendorService(this, "SandboxVendor", service(backbone, props, "sandbox-vendor"));
        }
        new PublishingService(this, "Publishing", service(backbone, props, "publishing"));
        NotificationsService notifications = new NotificationsService(this, "Notifications",
                service(backbone, props, "notifications"));
        CatalogService catalog = new CatalogService(this, "Catalog", service(backbone, props, "catalog"));
        AuditService audit = new AuditService(this, "Audit", service(backbone, props, "audit"), catalog.projection());

        props.concurrency().requireOnly(contexts);
        new FlowDashboard(this, "Dashboard", backbone.bus(), props.stage().stackName() + "-flow");

        output("ContentApiUrl", content.apiUrl(), "Function URL (IAM auth): POST /content, POST /content/{id}/revisions, DELETE /content/{id}");
        output("HistoryApiUrl", audit.historyUrl(), "Function URL (IAM auth) to read a content item's history");
        output("RebuildFunctionName", audit.rebuildFunctionName(),
                "Invoke with {\"target\": \"catalog\"} to replay the event stream into the catalog");
        output("CatalogApiUrl", catalog.apiUrl(),
                "Function URL (IAM auth) of the catalog: GET /content/{id}, GET /content?language=<tag>");
        output("EventBusName", backbone.bus().getEventBusName(), "The bus other teams subscribe to and put events on");
        output("ReaderTopicArn", notifications.readerTopicArn(),
                "SNS topic of reader notices; filter on the attributes language, category and kind");
        output("GermanTravelReadersQueueUrl", notifications.germanTravelReadersQueueUrl(),
                "The example reader subscription: German editions of travel items");
    }

    private ServiceProps service(EventBackbone backbone, Props props, String context) {
        contexts.add(context);
        return new ServiceProps(backbone.bus(), backbone.causationLedger(), props.root().functionJar(context),
                props.stage().removalPolicy(), props.concurrency().of(context));
    }

    private void output(String id, String value, String description) {
        CfnOutput.Builder.create(this, id).value(value).description(description).build();
    }
}
