package media.polyglot.infra;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.nio.file.Path;
import media.polyglot.infra.backbone.Partners;
import media.polyglot.infra.observability.AlarmNotifications;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.cxapi.CloudAssembly;

/**
 * The CDK app: one {@link PolyglotStack} per stage, the stage taken from the {@code stage} context value
 * ({@code npx cdk synth -c stage=prod}), {@value Stage#DEFAULT} by default.
 */
public final class PolyglotApp {

    /** The CDK context flag that deploys the sandbox translation vendor: {@code -c sandboxVendor=false}. */
    public static final String SANDBOX_VENDOR = "sandboxVendor";

    private PolyglotApp() {
    }

    /** Entry point of {@code cdk.json}: the CLI passes the output directory and the context through the environment. */
    public static void main(String[] args) {
        App app = new App();
        Object stage = app.getNode().tryGetContext("stage");
        define(app, new Stage(stage == null ? Stage.DEFAULT : stage.toString()), ProjectRoot.ofWorkingDirectory());
        app.synth();
    }

    /**
     * Synthesizes the stack of {@code stage} into {@code outdir}, in this JVM, with the function jars of the
     * project above the working directory; the local runtime and the integration tests read the result.
     *
     * @return the cloud assembly written to {@code outdir}
     */
    public static CloudAssembly synthesize(Path outdir, String stage) {
        return synthesize(outdir, new Stage(stage), ProjectRoot.ofWorkingDirectory());
    }

    /** As {@link #synthesize(Path, String)}, with the project root given. */
    public static CloudAssembly synthesize(Path outdir, Stage stage, ProjectRoot root) {
        App app = App.Builder.create().outdir(outdir.toAbsolutePath().toString()).build();
        define(app, stage, root);
        return app.synth();
    }

    /**
     * Adds the stack of {@code stage} to {@code app}, checked by cdk-nag's AWS Solutions rules on synthesis: a
     * finding not suppressed in code (with its reason, where the resource is made) is an error, and
     * {@code cdk synth} fails on it. The context value {@value #SANDBOX_VENDOR} ({@code true} or {@code false})
     * decides whether the sandbox translation vendor is deployed; without it, only {@value Stage#DEFAULT} has one.
     * The partner accounts come from {@value Partners#FILE}; a wrong entry fails here, naming the partner and field.
     * The context value {@value AlarmNotifications#EMAIL_CONTEXT}, when given, subscribes an address to the alarms;
     * {@value ConsumerConcurrency#CONTEXT} caps every consumer's concurrency (a value out of range fails here).
     */
    public static PolyglotStack define(App app, Stage stage, ProjectRoot root) {
        Object sandbox = app.getNode().tryGetContext(SANDBOX_VENDOR);
        boolean sandboxVendor = sandbox == null ? Stage.DEFAULT.equals(stage.name()) : Boolean.parseBoolean(sandbox.toString());
        Object alarmEmail = app.getNode().tryGetContext(AlarmNotifications.EMAIL_CONTEXT);
        PolyglotStack stack = new PolyglotStack(app, new PolyglotStack.Props(stage, root, sandboxVendor,
                Partners.load(root.path()), alarmEmail == null ? null : alarmEmail.toString(),
                ConsumerConcurrency.fromContext(app.getNode().tryGetContext(ConsumerConcurrency.CONTEXT))));
        Aspects.of(app).add(AwsSolutionsChecks.Builder.create().verbose(true).build());
        return stack;
    }
}
