package media.polyglot.infra.observability;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * The alarms of ours, made beside what they watch; {@link AlarmNotifications} sends them to the alarm topic.
 * Missing data is not breaching: an idle queue or function reports nothing, and that is fine.
 */
public final class Alarms {

    /** How old the oldest message of a buffer queue may get before someone should look: consumers run in seconds. */
    public static final Duration MAX_MESSAGE_AGE = Duration.minutes(5);

    private static final Duration PERIOD = Duration.minutes(1);

    private Alarms() {
    }

    /** Fires as soon as a dead-letter queue holds a message: something failed for good and waits for a redrive. */
    public static Alarm deadLetterDepth(Construct scope, String id, IQueue deadLetterQueue) {
        return above(scope, id, deadLetterQueue.metricApproximateNumberOfMessagesVisible(
                        MetricOptions.builder().statistic("Maximum").period(PERIOD).build()), 0,
                "A dead-letter queue holds messages: read their reason, fix, then redrive");
    }

    /** Fires when a buffer queue's oldest message is older than {@link #MAX_MESSAGE_AGE}: its consumer is stuck or slow. */
    public static Alarm oldestMessageAge(Construct scope, String id, IQueue queue) {
        return above(scope, id, queue.metricApproximateAgeOfOldestMessage(
                        MetricOptions.builder().statistic("Maximum").period(PERIOD).build()),
                MAX_MESSAGE_AGE.toSeconds().doubleValue(), "A buffer queue's oldest message waits longer than "
                        + MAX_MESSAGE_AGE.toMinutes() + " minutes: is its consumer failing or throttled?");
    }

    /** Fires on any invocation error of {@code function}. */
    public static Alarm functionErrors(Construct scope, String id, Function function) {
        return above(scope, id, function.metricErrors(MetricOptions.builder().statistic("Sum").period(PERIOD).build()), 0,
                "A function fails invocations: see its log group");
    }

    /** Fires on any throttled invocation of {@code function}: it hit its concurrency cap or the account's. */
    public static Alarm functionThrottles(Construct scope, String id, Function function) {
        return above(scope, id, function.metricThrottles(MetricOptions.builder().statistic("Sum").period(PERIOD).build()), 0,
                "A function is throttled: its concurrency cap or the account's limit is reached");
    }

    private static Alarm above(Construct scope, String id, IMetric metric, double threshold, String description) {
        return Alarm.Builder.create(scope, id)
                .metric(metric)
                .threshold(threshold)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
                .evaluationPeriods(1)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .alarmDescription(description)
                .build();
    }
}
