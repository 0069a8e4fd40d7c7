package media.polyglot.infra.common;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import media.polyglot.common.Observability;
import media.polyglot.infra.observability.Alarms;
import java.util.Map;
import java.util.Objects;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Tags;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.FunctionUrl;
import software.amazon.awscdk.services.lambda.FunctionUrlAuthType;
import software.amazon.awscdk.services.lambda.FunctionUrlOptions;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.Tracing;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * One handler of a context's shaded jar, with the settings every function of ours shares: the Java 21 runtime
 * on x86_64, 512 MB, its own log group kept one month that only it may write to, X-Ray active tracing, the
 * Powertools service name and metrics namespace, alarms on errors and throttles, and the {@value #CONTEXT_TAG} tag.
 */
public final class JavaFunction extends Construct {

    /** Tag naming a function's bounded context; the local runtime names the Function URLs it prints after it. */
    public static final String CONTEXT_TAG = "polyglot:context";

    /** Powertools' variable naming the service on log lines and metrics: the function's context. */
    public static final String POWERTOOLS_SERVICE_NAME = "POWERTOOLS_SERVICE_NAME";
    /** Powertools' variable naming the metrics namespace. */
    public static final String POWERTOOLS_METRICS_NAMESPACE = "POWERTOOLS_METRICS_NAMESPACE";

    /** Timeout of a function that answers a request or handles one small batch. */
    public static final Duration DEFAULT_TIMEOUT = Duration.seconds(10);

    // Lambda gives CPU in proportion to memory: a JVM loading SDK clients and Jackson starts far faster
    // at 512 MB than at the 128 MB default, and short invocations keep the cost small.
    private static final int MEMORY_MB = 512;

    /**
     * @param context       the bounded context, tagged on everything this construct creates
     * @param jar           the context's shaded jar
     * @param handler       {@code package.Class::method}
     * @param timeout       how long one invocation may run
     * @param environment   the variables the handler reads (names from {@code FunctionEnvironment})
     * @param removalPolicy what happens to the log group when the stack goes
     */
    public record Props(String context, Path jar, String handler, Duration timeout,
                        Map<String, String> environment, RemovalPolicy removalPolicy) {
        public Props {
            Objects.requireNonNull(context, "context");
            Objects.requireNonNull(jar, "jar");
            Objects.requireNonNull(handler, "handler");
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(removalPolicy, "removalPolicy");
            environment = Map.copyOf(environment);
        }
    }

    private final Function function;

    public JavaFunction(Construct scope, String id, Props props) {
        super(scope, id);
        // Lambda's implicit log group never expires; one of our own bounds what logs cost.
        LogGroup logGroup = LogGroup.Builder.create(this, "LogGroup")
                .retention(RetentionDays.ONE_MONTH)
                .removalPolicy(props.removalPolicy())
                .build();
        // Our own role instead of CDK's: its default carries AWSLambdaBasicExecutionRole, whose log
        // permissions apply to every log group ("*"); this one may write to its own group only.
        Role role = Role.Builder.create(this, "ServiceRole")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .build();
        logGroup.grantWrite(role);
        // "Default" keeps this wrapper out of the function's logical id: <Service><Id>XXXXXXXX.
        this.function = Function.Builder.create(this, "Default")
                .runtime(Runtime.JAVA_21)
                // x86_64 on purpose: the jars are built and tested on x86_64 only (CI, the local runtime).
                .architecture(Architecture.X86_64)
                .memorySize(MEMORY_MB)
                .timeout(props.timeout())
                .handler(props.handler())
                .code(Code.fromAsset(props.jar().toString()))
                .environment(environment(props))
                // X-Ray traces each invocation and the SDK calls it makes (a flow's hops, with the bus's own).
                .tracing(Tracing.ACTIVE)
                .logGroup(logGroup)
                .role(role)
                .build();
        // Tracing.ACTIVE grants xray:PutTraceSegments and xray:PutTelemetryRecords, which take no resource narrower than *.
        NagSuppressions.addResourceSuppressions(role, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason("X-Ray active tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level "
                        + "permissions, so Lambda's tracing grant is on *")
                .appliesTo(List.of("Resource::*"))
                .build()), true);
        Alarms.functionErrors(this, "ErrorsAlarm", function);
        Alarms.functionThrottles(this, "ThrottlesAlarm", function);
        NagSuppressions.addResourceSuppressions(function, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-L1")
                .reason("java21 on purpose (DESIGN.md, Conventions): the jars are compiled for and tested on Java 21 in CI and "
                        + "on the local runtime; moving to a newer Lambda runtime is an upgrade with its own test run")
                .build()));
        Tags.of(this).add(CONTEXT_TAG, props.context());
    }

    // Powertools names the service on every log line and puts metrics in our namespace (media.polyglot.common.Observability).
    private static Map<String, String> environment(Props props) {
        Map<String, String> environment = new HashMap<>(props.environment());
        environment.put(POWERTOOLS_SERVICE_NAME, props.context());
        environment.put(POWERTOOLS_METRICS_NAMESPACE, Observability.NAMESPACE);
        return environment;
    }

    /** The Lambda function, to grant it access and to attach event sources. */
    public Function function() {
        return function;
    }

    /** Adds a Function URL that only SigV4-signed callers with {@code lambda:InvokeFunctionUrl} may call. */
    public FunctionUrl addIamFunctionUrl() {
        return function.addFunctionUrl(FunctionUrlOptions.builder().authType(FunctionUrlAuthType.AWS_IAM).build());
    }
}
