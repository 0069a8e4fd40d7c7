package media.polyglot.infra.common;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/** The settings every SQS queue of ours shares, as builders each queue finishes. */
public final class Queues {

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

    /** A dead-letter queue: as {@link #builder}, keeping its messages 14 days. */
    public static Queue deadLetterQueue(Construct scope, String id) {
        return builder(scope, id).retentionPeriod(DEAD_LETTER_RETENTION).build();
    }
}
