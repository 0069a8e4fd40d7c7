package media.polyglot.local.engine.sqs;

import java.util.Objects;

/**
 * A message the runtime itself puts on a queue (a rule target's delivery); {@code messageGroupId} and
 * {@code deduplicationId} are for FIFO queues and null otherwise.
 */
public record QueueMessage(String body, String messageGroupId, String deduplicationId) {

    public QueueMessage {
        Objects.requireNonNull(body, "body");
    }
}
