package media.polyglot.content;

import java.util.Map;
import media.polyglot.events.EventJson;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * Where the relay parks an outbox row it must never publish (it breaks its contract, or is not an
 * event at all), with the reason, so the stream moves on and a person can fix and redrive it.
 */
final class RelayDeadLetters {

    private final SqsClient sqs;
    private final String queueUrl;

    RelayDeadLetters(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    void park(String outboxRow, String reason) {
        String body = EventJson.mapper().valueToTree(Map.of("reason", reason, "outboxRow", outboxRow)).toString();
        sqs.sendMessage(m -> m.queueUrl(queueUrl).messageBody(body).messageAttributes(Map.of(
                "reason", MessageAttributeValue.builder().dataType("String").stringValue(truncate(reason)).build())));
    }

    /** An SQS message attribute value is small; the body keeps the whole reason. */
    private static String truncate(String reason) {
        return reason.length() <= 1000 ? reason : reason.substring(0, 1000);
    }
}
