package media.polyglot.it.badinput;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * The subscriptions' dead-letter queues, read as a test reads them: every message received is kept here (and
 * deleted from its queue), so a case finds its own message among those other cases parked.
 */
public final class DeadLetterInbox {

    /** A parked message: its body and the reason its consumer or rule target gave (null when none was given). */
    public record Parked(String queue, String body, String reason, String consumer) {
    }

    private final SqsClient sqs;
    private final Map<String, String> urlsByQueue = new ConcurrentHashMap<>();
    private final Map<String, List<Parked>> received = new ConcurrentHashMap<>();

    public DeadLetterInbox(SqsClient sqs) {
        this.sqs = sqs;
    }

    /**
     * The first message parked in the dead-letter queue of {@code subscription} (a fragment of the queue's name,
     * e.g. {@code ModerateContent}) that {@code matches}, waiting up to {@code within}; null if none came.
     */
    public Parked await(String subscription, Predicate<String> matches, Duration within) {
        String url = url(subscription);
        long deadline = System.nanoTime() + within.toNanos();
        do {
            Parked found = find(url, matches);
            if (found != null) {
                return found;
            }
            drain(url, subscription);
        } while (System.nanoTime() < deadline);
        return find(url, matches);
    }

    private Parked find(String url, Predicate<String> matches) {
        return received.getOrDefault(url, List.of()).stream().filter(p -> matches.test(p.body())).findFirst().orElse(null);
    }

    private void drain(String url, String subscription) {
        List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(1)
                .messageAttributeNames("All")).messages();
        List<Parked> kept = received.computeIfAbsent(url, u -> new ArrayList<>());
        for (Message message : messages) {
            // A consumer parks with "reason"; a rule target that gave up, as EventBridge does, with ERROR_MESSAGE.
            String reason = attribute(message, "reason");
            kept.add(new Parked(subscription, message.body(), reason != null ? reason : attribute(message, "ERROR_MESSAGE"),
                    attribute(message, "consumer")));
            sqs.deleteMessage(d -> d.queueUrl(url).receiptHandle(message.receiptHandle()));
        }
    }

    private String url(String subscription) {
        return urlsByQueue.computeIfAbsent(subscription, name -> {
            List<String> matching = sqs.listQueues().queueUrls().stream()
                    .filter(url -> url.contains(name) && url.contains("DeadLetterQueue")).toList();
            if (matching.size() != 1) {
                throw new IllegalStateException("expected one dead-letter queue named like " + name + ", found " + matching);
            }
            return matching.get(0);
        });
    }

    private static String attribute(Message message, String name) {
        MessageAttributeValue value = message.messageAttributes().get(name);
        return value == null ? null : value.stringValue();
    }

    /** Every message received so far, for a report. */
    public List<Parked> all() {
        List<Parked> all = new ArrayList<>();
        received.values().forEach(all::addAll);
        return all;
    }
}
