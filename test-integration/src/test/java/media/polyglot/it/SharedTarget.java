package media.polyglot.it;

import java.time.Duration;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Gives scenario classes that do not disturb each other one target for the whole run ({@code @BeforeAll static
 * void start(Target target)}), so the embedded runtime and its function JVMs start once; it stops when the run
 * ends. Scenarios that change the system's configuration or break it start a target of their own.
 */
final class SharedTarget implements ParameterResolver {

    private static final Duration WARM_UP = Duration.ofMinutes(8);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Target.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(SharedTarget.class))
                .getOrComputeIfAbsent("target", key -> new Running(warmedUp(Targets.start("shared"))), Running.class)
                .target();
    }

    /**
     * The target once one article went through the whole flow: the first flow starts every function cold (a dozen
     * JVMs; minutes on a busy machine), which no scenario should have to wait for.
     */
    private static Target warmedUp(Target target) {
        try (SqsClient sqs = target.client(SqsClient.builder())) {
            FlowScenario flow = FlowScenario.on(target, sqs);
            long startedAt = System.nanoTime();
            String contentId = flow.submit(FlowScenario.article("Across Europe, sleeper routes return, warming up.",
                    "travel", "de"));
            flow.historyHolding(contentId, WARM_UP, "ContentPublished.v2", "ContentPublished");
            System.out.printf("target %s warmed up: first flow published in %d ms%n", target.name(),
                    (System.nanoTime() - startedAt) / 1_000_000);
            return target;
        } catch (Exception | AssertionError e) {
            target.close();
            throw new IllegalStateException("target " + target.name() + " could not run a first flow: " + e, e);
        }
    }

    /** Closed by JUnit when the root context closes, at the end of the run. */
    private record Running(Target target) implements AutoCloseable, ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            target.close();
        }
    }
}
