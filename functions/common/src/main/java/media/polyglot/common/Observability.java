package media.polyglot.common;

import com.amazonaws.services.lambda.runtime.Context;
import java.time.Duration;
import java.util.function.Supplier;
import media.polyglot.events.EventMetadata;
import media.polyglot.events.EventType;
import org.slf4j.MDC;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsFactory;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * Logs as data and metrics in CloudWatch's embedded metric format, through Powertools: each invocation
 * runs inside {@link #invocation}, which adds the Lambda context to every JSON log line and flushes the
 * metrics at the end; while one event is handled ({@link #event}), every line also carries its
 * {@code correlation_id}, {@code eventId} and {@code detailType}.
 */
public final class Observability {

    /** The CloudWatch metrics namespace of every function of ours. */
    public static final String NAMESPACE = "Polyglot";

    /** The dimension Powertools puts on every metric: the function's service, its POWERTOOLS_SERVICE_NAME. */
    public static final String SERVICE_DIMENSION = "Service";

    /** Milliseconds from the start of a content item's flow to its ContentPublished, emitted by publishing. */
    public static final String FLOW_LATENCY = "FlowLatency";

    private Observability() {
    }

    /** Runs one invocation with Powertools logging, flushing its metrics however it ends. */
    public static <T> T invocation(Context context, Supplier<T> work) {
        Metrics metrics = metrics();
        return PowertoolsLogging.withLogging(context, () -> {
            try {
                return work.get();
            } finally {
                metrics.flush();
            }
        });
    }

    /** Puts the event's identity on every log line until the returned scope closes. */
    public static EventScope event(EventMetadata metadata, EventType type) {
        MDC.put("correlation_id", metadata.correlationId());
        MDC.put("eventId", metadata.eventId());
        MDC.put("detailType", type.detailType());
        return () -> {
            MDC.remove("correlation_id");
            MDC.remove("eventId");
            MDC.remove("detailType");
        };
    }

    /** Puts a flow's correlation id on every log line until the returned scope closes (HTTP handlers). */
    public static EventScope correlation(String correlationId) {
        MDC.put("correlation_id", correlationId);
        return () -> MDC.remove("correlation_id");
    }

    /** Adds one to the count metric {@code name}, flushed with the invocation. */
    public static void count(String name) {
        metrics().addMetric(name, 1, MetricUnit.COUNT);
    }

    /** Records {@code duration} as the metric {@code name} in milliseconds, flushed with the invocation. */
    public static void milliseconds(String name, Duration duration) {
        metrics().addMetric(name, duration.toMillis(), MetricUnit.MILLISECONDS);
    }

    private static Metrics metrics() {
        Metrics metrics = MetricsFactory.getMetricsInstance();
        metrics.setNamespace(NAMESPACE);
        return metrics;
    }

    /** The end of a logging scope; closing it never throws. */
    @FunctionalInterface
    public interface EventScope extends AutoCloseable {
        @Override
        void close();
    }
}
