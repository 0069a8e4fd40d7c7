package media.polyglot.common;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * Where a consumer parks a message it must never handle (malformed, breaking its contract, part of an
 * event storm): its subscription's dead-letter queue, with the body unchanged, so that a redrive after
 * a fix delivers it as it came, and the reason as the message attribute {@code reason}.
 */
public final class DeadLetters {

    /** SQS message attribute values may be long, but a reason that long helps no one; the log keeps it whole. */
    private static final int MAX_REASON_CHARS = 1000;

    private final SqsClient sqs;
    private final String queueUrl;
    private final String consumer;

    public DeadLetters(SqsClient sqs, String queueUrl, String consumer) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.consumer = consumer;
    }

    /**
     * @param body      the message as received
     * @param messageId its SQS message id: the deduplication id on a FIFO dead-letter queue
     * @param groupId   its message group on a FIFO queue, else null
     * @param reason    why it is parked
     */
    public void park(String body, String messageId, String groupId, String reason) {
        Map<String, MessageAttributeValue> attributes = new HashMap<>();
        attributes.put("reason", text(reason.length() <= MAX_REASON_CHARS ? reason : reason.substring(0, MAX_REASON_CHARS)));
        attributes.put("consumer", text(consumer));
        sqs.sendMessage(m -> {
            m.queueUrl(queueUrl).messageBody(body).messageAttributes(attributes);
            if (queueUrl.endsWith(".fifo")) {
                m.messageGroupId(groupId == null ? consumer : groupId).messageDeduplicationId(messageId);
            }
        });
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}
