package media.polyglot.local.engine.sns;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Renders a notification as subscribers receive it: the JSON document SNS puts in an SQS message
 * ("Fanout to Amazon SQS queues") and the event it hands a Lambda function. Messages are not
 * signed locally: {@code Signature} holds a fixed placeholder, and {@code SigningCertURL} and
 * {@code UnsubscribeURL} point at the runtime's edge.
 */
final class NotificationJson {

    /** Base64 of "unsigned": there is no SNS key to sign with locally. */
    static final String SIGNATURE = "dW5zaWduZWQ=";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ISO_INSTANT;

    private final String serviceUrl;

    NotificationJson(String serviceUrl) {
        this.serviceUrl = serviceUrl;
    }

    /** The SQS message body of a subscription without raw message delivery. */
    String queueBody(Notification notification, Subscription subscription) {
        ObjectNode body = JSON.createObjectNode();
        body.put("Type", "Notification");
        body.put("MessageId", notification.messageId());
        if (notification.sequenceNumber() != null) {
            body.put("SequenceNumber", notification.sequenceNumber());
        }
        body.put("TopicArn", notification.topicArn());
        if (notification.subject() != null) {
            body.put("Subject", notification.subject());
        }
        body.put("Message", notification.message());
        body.put("Timestamp", timestamp(notification));
        body.put("SignatureVersion", "1");
        body.put("Signature", SIGNATURE);
        body.put("SigningCertURL", signingCertUrl());
        body.put("UnsubscribeURL", unsubscribeUrl(subscription));
        if (!notification.attributes().isEmpty()) {
            attributes(body.putObject("MessageAttributes"), notification.attributes());
        }
        return body.toString();
    }

    /** The event a Lambda subscription's function receives: one record, with {@code Subject} null when absent. */
    byte[] functionEvent(Notification notification, Subscription subscription) {
        ObjectNode event = JSON.createObjectNode();
        ObjectNode record = event.putArray("Records").addObject();
        record.put("EventSource", "aws:sns");
        record.put("EventVersion", "1.0");
        record.put("EventSubscriptionArn", subscription.arn());
        ObjectNode sns = record.putObject("Sns");
        sns.put("Type", "Notification");
        sns.put("MessageId", notification.messageId());
        sns.put("TopicArn", notification.topicArn());
        sns.put("Subject", notification.subject());
        sns.put("Message", notification.message());
        sns.put("Timestamp", timestamp(notification));
        sns.put("SignatureVersion", "1");
        sns.put("Signature", SIGNATURE);
        sns.put("SigningCertUrl", signingCertUrl());
        sns.put("UnsubscribeUrl", unsubscribeUrl(subscription));
        attributes(sns.putObject("MessageAttributes"), notification.attributes());
        return event.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void attributes(ObjectNode target, Map<String, MessageAttribute> attributes) {
        attributes.forEach((name, attribute) -> target.putObject(name)
                .put("Type", attribute.baseType())
                .put("Value", attribute.displayValue()));
    }

    private static String timestamp(Notification notification) {
        return MILLIS.format(notification.timestamp().truncatedTo(ChronoUnit.MILLIS));
    }

    private String signingCertUrl() {
        return serviceUrl + "/SimpleNotificationService-local.pem";
    }

    private String unsubscribeUrl(Subscription subscription) {
        return serviceUrl + "/?Action=Unsubscribe&SubscriptionArn=" + subscription.arn();
    }
}
