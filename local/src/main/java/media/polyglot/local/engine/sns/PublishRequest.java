package media.polyglot.local.engine.sns;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One message to publish, as Publish or one PublishBatch entry carries it.
 *
 * @param subject                null when the publisher gave none
 * @param messageGroupId         FIFO topics only
 * @param messageDeduplicationId FIFO topics only; null with content-based deduplication
 */
public record PublishRequest(String topicArn, String message, String subject, Map<String, MessageAttribute> attributes,
                             String messageGroupId, String messageDeduplicationId) {

    public PublishRequest {
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    public static PublishRequest of(String topicArn, String message) {
        return new PublishRequest(topicArn, message, null, Map.of(), null, null);
    }
}
