package media.polyglot.partner.consumer;

import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * The subscription's dead-letter queue, where the handler parks an event it can never handle: the body as
 * received, so a redrive after a fix delivers it as it came, and the reason and handler as message attributes.
 */
final class DeadLetterQueue {

    // A reason this long helps no one; the function's log keeps it whole.
    private static final int MAX_REASON_CHARS = 1000;

    private final SqsClient sqs;
    private final String queueUrl;
    private final String handler;

    DeadLetterQueue(SqsClient sqs, String queueUrl, String handler) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.handler = handler;
    }

    void park(String body, String reason) {
        String shortReason = reason.length() <= MAX_REASON_CHARS ? reason : reason.substring(0, MAX_REASON_CHARS);
        sqs.sendMessage(m -> m.queueUrl(queueUrl).messageBody(body).messageAttributes(Map.of(
                "reason", text(shortReason), "handler", text(handler))));
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}
