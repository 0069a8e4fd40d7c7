package media.polyglot.local.engine.sns;

import java.util.HashMap;
import java.util.Map;
import media.polyglot.local.engine.sqs.QueueEngine;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

/**
 * Delivers notifications to SQS queues on the queue engine: the JSON document SNS wraps a message
 * in, or with raw message delivery the message itself with its attributes as SQS message
 * attributes ("Amazon SNS raw message delivery"). Also sends undeliverable messages to a
 * subscription's dead-letter queue.
 */
final class QueueSubscriber {

    private final QueueEngine queues;
    private final NotificationJson json;

    QueueSubscriber(QueueEngine queues, NotificationJson json) {
        this.queues = queues;
        this.json = json;
    }

    void deliver(Subscription subscription, Notification notification) {
        send(subscription.endpoint(), subscription, notification);
    }

    /** Sends the message, as the subscription would have received it, to the subscription's dead-letter queue. */
    void deadLetter(Subscription subscription, Notification notification) {
        send(subscription.deadLetterArn(), subscription, notification);
    }

    private void send(String queueArn, Subscription subscription, Notification notification) {
        String url;
        try {
            url = queues.urlOf(queueArn);
        } catch (QueueDoesNotExistException e) {
            throw new EndpointGoneException("queue " + queueArn + " does not exist", e);
        }
        boolean raw = subscription.rawMessageDelivery();
        SendMessageRequest.Builder message = SendMessageRequest.builder().queueUrl(url)
                .messageBody(raw ? notification.message() : json.queueBody(notification, subscription));
        if (raw && !notification.attributes().isEmpty()) {
            message.messageAttributes(queueAttributes(notification.attributes()));
        }
        if (queueArn.endsWith(".fifo")) {
            String deduplicationId = notification.messageDeduplicationId() != null
                    ? notification.messageDeduplicationId()
                    : FifoSequencer.contentDeduplicationId(notification.message());
            message.messageGroupId(notification.messageGroupId()).messageDeduplicationId(deduplicationId);
        }
        try {
            queues.client().sendMessage(message.build());
        } catch (QueueDoesNotExistException e) {
            throw new EndpointGoneException("queue " + queueArn + " does not exist", e);
        }
    }

    private static Map<String, MessageAttributeValue> queueAttributes(Map<String, MessageAttribute> attributes) {
        Map<String, MessageAttributeValue> converted = new HashMap<>();
        attributes.forEach((name, attribute) -> {
            MessageAttributeValue.Builder value = MessageAttributeValue.builder().dataType(attribute.dataType());
            if (attribute.binaryValue() != null) {
                value.binaryValue(SdkBytes.fromByteArray(attribute.binaryValue()));
            } else {
                value.stringValue(attribute.stringValue());
            }
            converted.put(name, value.build());
        });
        return converted;
    }
}
