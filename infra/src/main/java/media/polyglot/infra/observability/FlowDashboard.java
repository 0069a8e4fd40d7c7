package media.polyglot.infra.observability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import media.polyglot.common.Observability;
import media.polyglot.infra.backbone.Subscription;
import media.polyglot.infra.common.Queues;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.Unit;
import software.amazon.awscdk.services.cloudwatch.YAxisProps;
import software.amazon.awscdk.services.events.IEventBus;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * The CloudWatch dashboard of the flow: the events each subscription's rule matches (labelled with the
 * detail-types it subscribes to), how long each buffer's oldest message waits, the depth of every dead-letter
 * queue, and the flow latency publishing measures from an item's first event to its ContentPublished. Made
 * last in the stack, it finds the subscriptions and dead-letter queues in the construct tree, so a new one
 * shows up without touching this class.
 */
public final class FlowDashboard extends Construct {

    /** The context whose functions emit {@link Observability#FLOW_LATENCY}. */
    public static final String FLOW_LATENCY_SERVICE = "publishing";

    private static final Duration PERIOD = Duration.minutes(1);
    private static final int WIDTH = 12;
    private static final int HEIGHT = 8;

    private final Dashboard dashboard;

    /**
     * @param bus           the bus whose rules are graphed
     * @param dashboardName the dashboard's name in the console
     */
    public FlowDashboard(Construct scope, String id, IEventBus bus, String dashboardName) {
        super(scope, id);
        List<Subscription> subscriptions = new ArrayList<>();
        List<Queue> deadLetterQueues = new ArrayList<>();
        for (IConstruct construct : Stack.of(this).getNode().findAll()) {
            if (construct instanceof Subscription subscription) {
                subscriptions.add(subscription);
            } else if (Queues.isDeadLetterQueue(construct)) {
                deadLetterQueues.add((Queue) construct);
            }
        }
        this.dashboard = Dashboard.Builder.create(this, "Default").dashboardName(dashboardName).build();
        dashboard.addWidgets(
                graph("Events matched per subscription (by the detail-types it receives)", "events per minute",
                        subscriptions.stream().map(subscription -> matchedEvents(bus, subscription)).toList()),
                graph("Flow latency: first event to ContentPublished", "milliseconds", flowLatency()));
        dashboard.addWidgets(
                graph("Dead-letter queue depth", "messages", deadLetterQueues.stream()
                        .map(queue -> queue.metricApproximateNumberOfMessagesVisible(options("Maximum", pathOf(queue))))
                        .toList()),
                graph("Oldest message of each subscription's buffer", "seconds", subscriptions.stream()
                        .map(subscription -> subscription.queue().metricApproximateAgeOfOldestMessage(
                                options("Maximum", pathOf(subscription))))
                        .toList()));
    }

    /** The dashboard. */
    public Dashboard dashboard() {
        return dashboard;
    }

    // A rule on a custom bus reports its metrics with both the bus's and the rule's name.
    // https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-monitoring.html
    private static IMetric matchedEvents(IEventBus bus, Subscription subscription) {
        String types = subscription.detailTypes().isEmpty() ? "every event it matches" : String.join(", ", subscription.detailTypes());
        return Metric.Builder.create()
                .namespace("AWS/Events")
                .metricName("MatchedEvents")
                .dimensionsMap(Map.of("EventBusName", bus.getEventBusName(), "RuleName", subscription.rule().getRuleName()))
                .statistic("Sum")
                .period(PERIOD)
                .label(pathOf(subscription) + ": " + types)
                .build();
    }

    private static List<IMetric> flowLatency() {
        return List.of("p50", "p90", "p99", "Maximum").stream()
                .map(statistic -> (IMetric) Metric.Builder.create()
                        .namespace(Observability.NAMESPACE)
                        .metricName(Observability.FLOW_LATENCY)
                        .dimensionsMap(Map.of(Observability.SERVICE_DIMENSION, FLOW_LATENCY_SERVICE))
                        .unit(Unit.MILLISECONDS)
                        .statistic(statistic)
                        .period(PERIOD)
                        .label(statistic)
                        .build())
                .toList();
    }

    private static GraphWidget graph(String title, String unit, List<? extends IMetric> metrics) {
        return GraphWidget.Builder.create()
                .title(title)
                .left(List.copyOf(metrics))
                .leftYAxis(YAxisProps.builder().label(unit).min(0).showUnits(false).build())
                .width(WIDTH)
                .height(HEIGHT)
                .build();
    }

    private static MetricOptions options(String statistic, String label) {
        return MetricOptions.builder().statistic(statistic).period(PERIOD).label(label).build();
    }

    // The construct path below the stack, such as Moderation/ModerateContentSubscription: readable and unique.
    private static String pathOf(IConstruct construct) {
        String path = construct.getNode().getPath();
        return path.substring(path.indexOf('/') + 1);
    }
}
