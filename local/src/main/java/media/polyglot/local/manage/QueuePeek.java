package media.polyglot.local.manage;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import media.polyglot.local.engine.sqs.QueueEngine;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Shows up to ten messages of a queue without taking them: a receive with visibility timeout zero.
 * A receive counts toward a redrive policy's maxReceiveCount, so only queues without one (dead-
 * letter queues, typically) can be peeked.
 */
final class QueuePeek {

    private QueuePeek() {
    }

    static ArrayNode of(QueueEngine queues, String queueName) {
        String url = queues.urlOf(queues.arnOf(queueName));
        Map<QueueAttributeName, String> attributes = queues.client().getQueueAttributes(r -> r.queueUrl(url)
                .attributeNames(QueueAttributeName.REDRIVE_POLICY)).attributes();
        if (attributes.containsKey(QueueAttributeName.REDRIVE_POLICY)) {
            throw new IllegalArgumentException("queue " + queueName + " has a redrive policy: peeking would count as a"
                    + " receive toward its maxReceiveCount; peek its dead-letter queue instead");
        }
        ArrayNode messages = JsonNodeFactory.instance.arrayNode();
        for (Message message : queues.client().receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)
                .visibilityTimeout(0).messageSystemAttributeNames(
                        MessageSystemAttributeName.ALL)
                .messageAttributeNames("All")).messages()) {
            ObjectNode json = messages.addObject().put("messageId", message.messageId()).put("body", message.body());
            String sent = message.attributesAsStrings().get("SentTimestamp");
            if (sent != null) {
                json.put("sentAt", Instant.ofEpochMilli(Long.parseLong(sent)).toString());
            }
            ObjectNode messageAttributes = json.putObject("attributes");
            message.messageAttributes().forEach((name, value) -> messageAttributes.put(name, value.stringValue()));
        }
        return messages;
    }
}
