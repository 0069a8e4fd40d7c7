package media.polyglot.local.engine.sqs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pekko.actor.ActorRef;
import org.apache.pekko.pattern.Patterns;
import org.elasticmq.DeduplicationId;
import org.elasticmq.ImmediateNextDelivery$;
import org.elasticmq.Limits;
import org.elasticmq.Limits$;
import org.elasticmq.NewMessageData;
import org.elasticmq.QueueData;
import org.elasticmq.msg.GetQueueData;
import org.elasticmq.msg.LookupQueue;
import org.elasticmq.msg.SendMessage;
import scala.Option;
import scala.collection.immutable.Map$;
import scala.util.Either;

/**
 * Sends the runtime's own messages straight to ElasticMQ's queue actors, in this process: no HTTP
 * round trip, no SDK marshalling and signing, no SQS protocol parsing. Before the actor takes a
 * message, the checks ElasticMQ's SQS endpoint would make are made here (body characters and
 * length, a message group exactly on FIFO queues), so a message it would refuse is refused the same.
 */
final class QueueActors {

    private static final Duration ANSWER_LIMIT = Duration.ofSeconds(10);

    private final ActorRef manager;
    private final Limits limits;

    QueueActors(ActorRef manager, Limits limits) {
        this.manager = manager;
        this.limits = limits;
    }

    /**
     * Sends the messages to the queue in their order; answers, for each, null when the queue took
     * it or the error when it did not. A queue that does not exist fails them all.
     */
    List<RuntimeException> send(String queueName, List<QueueMessage> messages) {
        ActorRef queue = lookup(queueName);
        QueueData data = ask(queue, new GetQueueData(), QueueData.class, queueName);
        List<RuntimeException> outcomes = new ArrayList<>(messages.size());
        List<CompletableFuture<Object>> sent = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            RuntimeException refused = refusal(data, messages.get(i));
            outcomes.add(refused);
            sent.add(refused != null ? null
                    : Patterns.ask(queue, new SendMessage(newMessage(messages.get(i), i)), ANSWER_LIMIT).toCompletableFuture());
        }
        for (int i = 0; i < messages.size(); i++) {
            if (sent.get(i) != null) {
                try {
                    await(sent.get(i), queueName);
                } catch (RuntimeException e) {
                    outcomes.set(i, e);
                }
            }
        }
        return outcomes;
    }

    private ActorRef lookup(String queueName) {
        Option<?> found = ask(manager, new LookupQueue(queueName), Option.class, queueName);
        if (found.isEmpty()) {
            throw new IllegalStateException("AWS.SimpleQueueService.NonExistentQueue: the queue " + queueName
                    + " does not exist");
        }
        return (ActorRef) found.get();
    }

    private RuntimeException refusal(QueueData queue, QueueMessage message) {
        Either<String, ?> body = Limits$.MODULE$.verifyMessageBody(message.body(), limits);
        if (body.isLeft()) {
            return new IllegalStateException(body.left().get() + ": the message body for queue " + queue.name()
                    + " has characters SQS does not allow");
        }
        Either<String, ?> length = Limits$.MODULE$.verifyMessageLength(message.body().length(), limits);
        if (length.isLeft()) {
            return new IllegalStateException(length.left().get() + ": the message body for queue " + queue.name()
                    + " is " + message.body().length() + " characters long, over SQS's limit");
        }
        if (queue.isFifo() != (message.messageGroupId() != null)) {
            return new IllegalStateException("InvalidParameterValue: " + (queue.isFifo()
                    ? "the FIFO queue " + queue.name() + " needs a message group id"
                    : "the queue " + queue.name() + " is not FIFO and takes no message group id"));
        }
        if (queue.isFifo() && message.deduplicationId() == null && !queue.hasContentBasedDeduplication()) {
            return new IllegalStateException("InvalidParameterValue: the FIFO queue " + queue.name()
                    + " has no content-based deduplication and the message no deduplication id");
        }
        return null;
    }

    private static NewMessageData newMessage(QueueMessage message, int orderIndex) {
        // ImmediateNextDelivery: the queue's own delay applies, as to a message sent without DelaySeconds.
        return new NewMessageData(Option.empty(), message.body(), Map$.MODULE$.empty(), ImmediateNextDelivery$.MODULE$,
                Option.apply(message.messageGroupId()),
                Option.apply(message.deduplicationId()).map(DeduplicationId::new), orderIndex, Option.empty(),
                Option.empty(), Option.empty());
    }

    private static <T> T ask(ActorRef actor, Object question, Class<T> answer, String queueName) {
        return answer.cast(await(Patterns.ask(actor, question, ANSWER_LIMIT).toCompletableFuture(), queueName));
    }

    private static Object await(CompletableFuture<Object> answer, String queueName) {
        try {
            return answer.get(ANSWER_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the queue " + queueName + " refused the message: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the queue " + queueName + " did not answer within " + ANSWER_LIMIT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending to the queue " + queueName, e);
        }
    }
}
