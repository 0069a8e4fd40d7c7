package media.polyglot.infra.common;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import media.polyglot.infra.observability.Alarms;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;
import software.constructs.IConstruct;

/** The settings every SQS queue of ours shares, as builders each queue finishes. */
public final class Queues {

    // Marks a dead-letter queue in the construct tree, where the dashboard finds them all.
    private static final String DEAD_LETTER_QUEUE = "polyglot:dead-letter-queue";

    // The longest SQS keeps a message: time to notice a failure, fix it and redrive.
    private static final Duration DEAD_LETTER_RETENTION = Duration.days(14);

    private Queues() {
    }

    /** A queue encrypted at rest with SQS-managed keys that refuses any request not made over TLS. */
    public static Queue.Builder builder(Construct scope, String id) {
        return Queue.Builder.create(scope, id)
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true);
    }

    /**
     * A dead-letter queue: as {@link #builder}, keeping its messages 14 days. It is the end of a redrive and has
     * no dead-letter queue of its own; cdk-nag's SQS3 knows a queue is one only when another queue's redrive
     * policy names it, so it is told here for the other ways one is named (a rule target's, an SNS
     * subscription's, an event source mapping's on-failure destination, a function parking what it cannot handle).
     */
    public static Queue deadLetterQueue(Construct scope, String id) {
        return deadLetterQueue(scope, id, false);
    }

    /**
     * As {@link #deadLetterQueue(Construct, String)}, FIFO when its source queue is (a FIFO queue's dead-letter
     * queue must be FIFO too); alarmed as soon as it holds a message ({@code <id>DepthAlarm}).
     */
    public static Queue deadLetterQueue(Construct scope, String id, boolean fifo) {
        Queue.Builder builder = builder(scope, id).retentionPeriod(DEAD_LETTER_RETENTION);
        if (fifo) {
            builder.fifo(true);
        }
        Queue queue = builder.build();
        queue.getNode().addMetadata(DEAD_LETTER_QUEUE, true);
        Alarms.deadLetterDepth(scope, id + "DepthAlarm", queue);
        NagSuppressions.addResourceSuppressions(queue, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-SQS3")
                .reason("A dead-letter queue (rule target, SNS subscription, event source mapping on-failure or a "
                        + "function's parked messages): messages wait here 14 days for a fix and a redrive")
                .build()));
        return queue;
    }

    /** Whether {@code construct} is a queue made by {@link #deadLetterQueue}. */
    public static boolean isDeadLetterQueue(IConstruct construct) {
        return construct instanceof Queue
                && construct.getNode().getMetadata().stream().anyMatch(entry -> DEAD_LETTER_QUEUE.equals(entry.getType()));
    }
}
