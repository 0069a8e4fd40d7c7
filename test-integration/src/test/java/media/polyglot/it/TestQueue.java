package media.polyglot.it;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * A queue a scenario creates for itself, standing for someone outside the system (a partner account, a reader),
 * with a policy letting EventBridge or SNS send to it from one source ARN. Messages received are kept, since a
 * scenario asks about them one content item at a time. Deleted on close.
 */
final class TestQueue implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SqsClient sqs;
    private final String url;
    private final String arn;
    private final List<JsonNode> received = new ArrayList<>();

    private TestQueue(SqsClient sqs, String url, String arn) {
        this.sqs = sqs;
        this.url = url;
        this.arn = arn;
    }

    static TestQueue create(SqsClient sqs, String purpose) {
        String url = sqs.createQueue(c -> c.queueName("it-" + purpose + "-" + UUID.randomUUID().toString().substring(0, 8)))
                .queueUrl();
        String arn = sqs.getQueueAttributes(g -> g.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        return new TestQueue(sqs, url, arn);
    }

    /** Lets {@code servicePrincipal} (events.amazonaws.com, sns.amazonaws.com) send here from {@code sourceArn} only. */
    void allowSendFrom(String servicePrincipal, String sourceArn) {
        String policy = JSON.createObjectNode().put("Version", "2012-10-17").set("Statement", JSON.createArrayNode()
                .add(JSON.createObjectNode().put("Effect", "Allow").put("Action", "sqs:SendMessage").put("Resource", arn)
                        .<com.fasterxml.jackson.databind.node.ObjectNode>set("Principal",
                                JSON.createObjectNode().put("Service", servicePrincipal))
                        .set("Condition", JSON.valueToTree(Map.of("ArnEquals", Map.of("aws:SourceArn", sourceArn))))))
                .toString();
        sqs.setQueueAttributes(s -> s.queueUrl(url).attributes(Map.of(QueueAttributeName.POLICY, policy)));
    }

    String arn() {
        return arn;
    }

    /** The messages received so far that satisfy {@code wanted}, once there are at least {@code count}. */
    List<JsonNode> awaitMatching(int count, Duration within, Predicate<JsonNode> wanted) {
        return await().atMost(within).pollInterval(Duration.ZERO).until(() -> {
            receiveOnce();
            return received.stream().filter(wanted).toList();
        }, found -> found.size() >= count);
    }

    /** Everything received so far that satisfies {@code wanted}, after draining the queue for {@code quiet}. */
    List<JsonNode> drain(Duration quiet, Predicate<JsonNode> wanted) throws Exception {
        long until = System.nanoTime() + quiet.toNanos();
        while (System.nanoTime() < until) {
            receiveOnce();
        }
        return received.stream().filter(wanted).toList();
    }

    private void receiveOnce() throws Exception {
        for (Message message : sqs.receiveMessage(r -> r.queueUrl(url).waitTimeSeconds(1).maxNumberOfMessages(10))
                .messages()) {
            received.add(JSON.readTree(message.body()));
            sqs.deleteMessage(d -> d.queueUrl(url).receiptHandle(message.receiptHandle()));
        }
    }

    @Override
    public void close() {
        sqs.deleteQueue(d -> d.queueUrl(url));
    }
}
