package media.polyglot.partner.cdk;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/** The two alarms of a subscription; an idle queue reports no data, which is not a breach. */
final class SubscriptionAlarms {

    private static final MetricOptions MAXIMUM_PER_MINUTE = MetricOptions.builder()
            .statistic("Maximum").period(Duration.minutes(1)).build();

    private SubscriptionAlarms() {
    }

    static Alarm deadLetterDepth(Construct scope, IQueue deadLetterQueue) {
        return Alarm.Builder.create(scope, "DeadLetterQueueDepthAlarm")
                .metric(deadLetterQueue.metricApproximateNumberOfMessagesVisible(MAXIMUM_PER_MINUTE))
                .threshold(0)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
                .evaluationPeriods(1)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .alarmDescription("Polyglot events wait in the dead-letter queue: read their reason attribute, fix, redrive")
                .build();
    }

    static Alarm oldestMessageAge(Construct scope, IQueue queue, Duration maxAge) {
        return Alarm.Builder.create(scope, "OldestMessageAgeAlarm")
                .metric(queue.metricApproximateAgeOfOldestMessage(MAXIMUM_PER_MINUTE))
                .threshold(maxAge.toSeconds().doubleValue())
                .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
                .evaluationPeriods(1)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .alarmDescription("A Polyglot event waits longer than " + maxAge.toMinutes()
                        + " minutes in the buffer queue: is the handler failing or throttled?")
                .build();
    }
}
