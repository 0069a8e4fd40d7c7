package media.polyglot.infra;

import java.util.Objects;
import media.polyglot.infra.audit.AuditService;
import media.polyglot.infra.backbone.EventBackbone;
import media.polyglot.infra.common.ServiceProps;
import media.polyglot.infra.content.ContentService;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

/** One stage of the walking skeleton: the bus and the contexts plugged into it. Composition only. */
public final class PolyglotStack extends Stack {

    /**
     * @param stage the stage this stack deploys
     * @param root  where the function jars are found
     */
    public record Props(Stage stage, ProjectRoot root) {
        public Props {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(root, "root");
        }
    }

    public PolyglotStack(Construct scope, Props props) {
        super(scope, props.stage().stackName(), StackProps.builder()
                // No AWS::CDK::Metadata resource: the template holds only what the system needs.
                .analyticsReporting(false)
                .build());

        EventBackbone backbone = new EventBackbone(this, "Backbone");
        ContentService content = new ContentService(this, "Content", new ServiceProps(
                backbone.bus(), props.root().functionJar("content"), props.stage().removalPolicy()));
        AuditService audit = new AuditService(this, "Audit", new ServiceProps(
                backbone.bus(), props.root().functionJar("audit"), props.stage().removalPolicy()));

        output("ContentApiUrl", content.apiUrl(), "Function URL (IAM auth) to submit content");
        output("HistoryApiUrl", audit.historyUrl(), "Function URL (IAM auth) to read a content item's history");
        output("EventBusName", backbone.bus().getEventBusName(), "The bus other teams subscribe to and put events on");
    }

    private void output(String id, String value, String description) {
        CfnOutput.Builder.create(this, id).value(value).description(description).build();
    }
}
