package media.polyglot.local.engine.sns;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A message SNS accepted on a topic, as every subscription of the topic receives it.
 *
 * @param sequenceNumber FIFO topics only, else null
 */
public record Notification(String messageId, String topicArn, String subject, String message,
                           Map<String, MessageAttribute> attributes, Instant timestamp, String messageGroupId,
                           String messageDeduplicationId, String sequenceNumber) {

    public Notification {
        attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
    }
}
