package media.polyglot.local.engine.sqs;

import java.util.Objects;

/**
 * A message put on a queue in-process: {@code messageGroupId} and {@code deduplicationId} are for
 * FIFO queues and null otherwise; {@code delaySeconds} null takes the queue's own delay.
 */
public record QueueMessage(String body, String messageGroupId, String deduplicationId, Integer delaySeconds) {

    public QueueMessage {
        Objects.requireNonNull(body, "body");
    }

    public QueueMessage(String body, String messageGroupId, String deduplicationId) {
        this(body, messageGroupId, deduplicationId, null);
    }
}
