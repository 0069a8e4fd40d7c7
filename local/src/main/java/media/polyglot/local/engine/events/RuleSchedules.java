package media.polyglot.local.engine.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import media.polyglot.local.edge.LoopbackHttp;

/**
 * Fires scheduled rules: every period, each target of the rule receives the event EventBridge sends for a
 * schedule (source {@code aws.events}, detail-type {@code Scheduled Event}, the rule's ARN as its resource, an
 * empty detail), through the same delivery, retries and dead-letter queue as a matched event. As on AWS, the
 * first firing comes one period after the rule is created.
 */
public final class RuleSchedules implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TargetDelivery delivery;
    private final String region;
    private final Clock clock;
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(LoopbackHttp.daemonThreads("rule-schedules"));

    public RuleSchedules(TargetDelivery delivery, String region, Clock clock) {
        this.delivery = delivery;
        this.region = region;
        this.clock = clock;
    }

    public void start(Rule rule, RateExpression rate) {
        long periodMillis = rate.period().toMillis();
        timer.scheduleAtFixedRate(() -> fire(rule), periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** Sends the rule's scheduled event to its targets now, when it is enabled. */
    public void fire(Rule rule) {
        if (!rule.enabled()) {
            return;
        }
        ObjectNode event = new BusEvent(UUID.randomUUID().toString(), "aws.events", "Scheduled Event",
                JSON.createObjectNode(), clock.instant(), rule.account(), region, List.of(rule.arn())).toJson();
        delivery.deliverAll(rule.targets().stream()
                .map(target -> new TargetDelivery.Routed(rule, target, event)).toList());
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
