package media.polyglot.local.engine.sqs;

import java.util.HashMap;
import java.util.Map;
import org.elasticmq.BinaryMessageAttribute;
import org.elasticmq.MessageAttribute;
import org.elasticmq.MessageData;
import org.elasticmq.NumberMessageAttribute;
import org.elasticmq.OnDateTimeReceived;
import org.elasticmq.StringMessageAttribute;

/**
 * ElasticMQ's received messages as SQS describes them to a receiver asking for every attribute: the system
 * attributes AWS documents for ReceiveMessage, and the message attributes with their data types.
 */
final class ReceivedMessages {

    private final String region;
    private final String accountId;

    ReceivedMessages(String region, String accountId) {
        this.region = region;
        this.accountId = accountId;
    }

    ReceivedMessage of(MessageData data) {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("ApproximateReceiveCount", Integer.toString(data.statistics().approximateReceiveCount()));
        attributes.put("SentTimestamp", Long.toString(data.created().toInstant().toEpochMilli()));
        // The principal that sent it; every sender of the local runtime is the account's own.
        attributes.put("SenderId", accountId);
        if (data.statistics().approximateFirstReceive() instanceof OnDateTimeReceived first) {
            attributes.put("ApproximateFirstReceiveTimestamp", Long.toString(first.when().toInstant().toEpochMilli()));
        }
        if (data.messageGroupId().isDefined()) {
            attributes.put("MessageGroupId", data.messageGroupId().get());
        }
        if (data.messageDeduplicationId().isDefined()) {
            attributes.put("MessageDeduplicationId", data.messageDeduplicationId().get().id());
        }
        if (data.sequenceNumber().isDefined()) {
            attributes.put("SequenceNumber", data.sequenceNumber().get());
        }
        if (data.tracingId().isDefined()) {
            attributes.put("AWSTraceHeader", data.tracingId().get().id());
        }
        if (data.deadLetterSourceQueueName().isDefined()) {
            attributes.put("DeadLetterQueueSourceArn",
                    "arn:aws:sqs:" + region + ":" + accountId + ":" + data.deadLetterSourceQueueName().get());
        }
        Map<String, ReceivedAttribute> messageAttributes = new HashMap<>();
        data.messageAttributes().foreach(entry -> messageAttributes.put(entry._1(), attribute(entry._2())));
        return new ReceivedMessage(data.id().id(), data.deliveryReceipt().get().receipt(), data.content(), attributes,
                messageAttributes);
    }

    private static ReceivedAttribute attribute(MessageAttribute attribute) {
        String dataType = attribute.primaryDataType()
                + (attribute.customType().isDefined() ? "." + attribute.customType().get() : "");
        if (attribute instanceof BinaryMessageAttribute binary) {
            return new ReceivedAttribute(dataType, null, binary.asBase64());
        }
        String text = attribute instanceof StringMessageAttribute string ? string.stringValue()
                : ((NumberMessageAttribute) attribute).stringValue();
        return new ReceivedAttribute(dataType, text, null);
    }
}
