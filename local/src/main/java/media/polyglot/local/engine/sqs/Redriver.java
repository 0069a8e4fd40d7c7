package media.polyglot.local.engine.sqs;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Moves every message of a dead-letter queue back to where it failed, once the cause is fixed: a
 * message a rule could not deliver goes to that rule's target (its TARGET_ARN attribute); any
 * other goes to the queue whose redrive policy names this DLQ. Each message is sent before it is
 * deleted, so a failure midway loses nothing (it may leave a duplicate, which consumers absorb).
 */
public final class Redriver {

    /** Attributes EventBridge adds to a dead-lettered event; they describe the failure, not the event. */
    private static final Set<String> FAILURE_ATTRIBUTES = Set.of("RULE_ARN", "TARGET_ARN", "ERROR_CODE", "ERROR_MESSAGE");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final QueueEngine queues;

    public Redriver(QueueEngine queues) {
        this.queues = queues;
    }

    /** Empties the DLQ; answers how many messages went to each queue. */
    public Map<String, Integer> redrive(String deadLetterQueueName) {
        SqsClient sqs = queues.client();
        String dlqUrl = queues.urlOf(queues.arnOf(deadLetterQueueName));
        List<String> sources = sourcesOf(queues.arnOf(deadLetterQueueName));
        Map<String, Integer> moved = new HashMap<>();
        List<Message> batch;
        do {
            batch = sqs.receiveMessage(r -> r.queueUrl(dlqUrl).maxNumberOfMessages(10).waitTimeSeconds(0)
                    .messageAttributeNames("All").visibilityTimeout(30)).messages();
            for (Message message : batch) {
                String destination = destinationOf(message, sources, deadLetterQueueName);
                Map<String, MessageAttributeValue> attributes = new HashMap<>(message.messageAttributes());
                attributes.keySet().removeAll(FAILURE_ATTRIBUTES);
                sqs.sendMessage(m -> m.queueUrl(queues.urlOf(destination)).messageBody(message.body())
                        .messageAttributes(attributes));
                sqs.deleteMessage(d -> d.queueUrl(dlqUrl).receiptHandle(message.receiptHandle()));
                moved.merge(destination.substring(destination.lastIndexOf(':') + 1), 1, Integer::sum);
            }
        } while (!batch.isEmpty());
        return moved;
    }

    private String destinationOf(Message message, List<String> sources, String dlqName) {
        MessageAttributeValue target = message.messageAttributes().get("TARGET_ARN");
        if (target != null && target.stringValue().startsWith("arn:aws:sqs:")) {
            return target.stringValue();
        }
        if (sources.size() != 1) {
            throw new IllegalStateException("message " + message.messageId() + " of " + dlqName + " names no target,"
                    + " and " + (sources.isEmpty() ? "no queue" : sources.size() + " queues") + " use " + dlqName
                    + " as dead-letter queue: nowhere to redrive it");
        }
        return sources.get(0);
    }

    /** The queues whose redrive policy sends failed messages to this DLQ. */
    private List<String> sourcesOf(String deadLetterArn) {
        SqsClient sqs = queues.client();
        List<String> sources = new ArrayList<>();
        for (String url : sqs.listQueues().queueUrls()) {
            String policy = sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.REDRIVE_POLICY))
                    .attributes().get(QueueAttributeName.REDRIVE_POLICY);
            if (policy != null && deadLetterArn.equals(readTarget(policy))) {
                sources.add(queues.arnOf(url.substring(url.lastIndexOf('/') + 1)));
            }
        }
        return sources;
    }

    private static String readTarget(String redrivePolicy) {
        try {
            return JSON.readTree(redrivePolicy).path("deadLetterTargetArn").asText();
        } catch (Exception e) {
            return null;
        }
    }
}
