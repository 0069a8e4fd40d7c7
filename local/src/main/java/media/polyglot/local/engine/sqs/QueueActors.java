package media.polyglot.local.engine.sqs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pekko.actor.ActorRef;
import org.apache.pekko.pattern.Patterns;
import org.elasticmq.AfterMillisNextDelivery;
import org.elasticmq.CreateQueueData;
import org.elasticmq.DeadLettersQueueData;
import org.elasticmq.DeduplicationId;
import org.elasticmq.DefaultVisibilityTimeout$;
import org.elasticmq.DeliveryReceipt;
import org.elasticmq.ElasticMQError;
import org.elasticmq.ImmediateNextDelivery$;
import org.elasticmq.Limits$;
import org.elasticmq.Limits;
import org.elasticmq.MessageData;
import org.elasticmq.MillisVisibilityTimeout$;
import org.elasticmq.NewMessageData;
import org.elasticmq.NextDelivery;
import org.elasticmq.QueueData;
import org.elasticmq.VisibilityTimeout;
import org.elasticmq.msg.CreateQueue;
import org.elasticmq.msg.DeleteMessage;
import org.elasticmq.msg.GetQueueData;
import org.elasticmq.msg.LookupQueue;
import org.elasticmq.msg.ReceiveMessages;
import org.elasticmq.msg.SendMessage;
import scala.Option;
import scala.collection.immutable.Map$;
import scala.util.Either;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Talks to ElasticMQ's queue actors in this process: no HTTP round trip, no SDK marshalling and
 * signing, no SQS protocol parsing. Before the actor takes a message, the checks ElasticMQ's SQS
 * endpoint would make are made here (body characters and length, a message group exactly on FIFO
 * queues), so a message it would refuse is refused the same.
 */
final class QueueActors {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration ANSWER_LIMIT = Duration.ofSeconds(10);
    /** SQS's longest long poll (20 seconds), and time to answer after it. */
    private static final Duration LONGEST_RECEIVE = Duration.ofSeconds(30);

    private final ActorRef manager;
    private final Limits limits;
    private final ReceivedMessages received;

    QueueActors(ActorRef manager, Limits limits, ReceivedMessages received) {
        this.manager = manager;
        this.limits = limits;
        this.received = received;
    }

    /**
     * Sends the messages to the queue in their order; answers, for each, null when the queue took
     * it or the error when it did not. A queue that does not exist fails them all.
     */
    List<SendOutcome> send(String queueName, List<QueueMessage> messages) {
        ActorRef queue = lookup(queueName);
        QueueKind data = kindOf(queue, queueName);
        List<SendOutcome> outcomes = new ArrayList<>(messages.size());
        List<CompletableFuture<Object>> sent = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            RuntimeException refused = refusal(data, messages.get(i));
            outcomes.add(refused == null ? null : SendOutcome.refused(refused));
            sent.add(refused != null ? null
                    : Patterns.ask(queue, new SendMessage(newMessage(messages.get(i), i)), ANSWER_LIMIT).toCompletableFuture());
        }
        for (int i = 0; i < messages.size(); i++) {
            if (sent.get(i) != null) {
                try {
                    MessageData message = (MessageData) await(sent.get(i), queueName, ANSWER_LIMIT);
                    outcomes.set(i, SendOutcome.sent(message.id().id()));
                } catch (RuntimeException e) {
                    outcomes.set(i, SendOutcome.refused(e));
                }
            }
        }
        return outcomes;
    }

    /**
     * Whether the queue would take every one of these messages as one batch: each passes the checks
     * of {@link #send}, and their bodies together are within SQS's length limit, as ElasticMQ checks a batch.
     */
    boolean acceptable(String queueName, List<QueueMessage> messages) {
        QueueKind data = kindOf(lookup(queueName), queueName);
        int length = 0;
        for (QueueMessage message : messages) {
            if (refusal(data, message) != null) {
                return false;
            }
            length += message.body().length();
        }
        return Limits$.MODULE$.verifyMessageLength(length, limits).isRight();
    }

    /**
     * Creates the queue as ElasticMQ's CreateQueue does from these attributes (a redrive policy must name an existing
     * queue and a receive count of 1 to 1000); creating it again with the same attributes is no error. Attributes
     * ElasticMQ does not keep (retention, maximum size) are accepted and dropped, as its endpoint drops them.
     */
    void create(String queueName, Map<QueueAttributeName, String> attributes) {
        DeadLettersQueueData deadLetters = deadLetters(queueName, attributes.get(QueueAttributeName.REDRIVE_POLICY));
        Option<Object> wait = seconds(attributes, QueueAttributeName.RECEIVE_MESSAGE_WAIT_TIME_SECONDS);
        if (wait.isDefined() && Limits$.MODULE$.verifyMessageWaitTime((Long) wait.get(), limits).isLeft()) {
            throw new IllegalStateException("InvalidParameterValue: ReceiveMessageWaitTimeSeconds of queue " + queueName
                    + " is " + wait.get() + "; it must be 0 to 20");
        }
        CreateQueueData request = new CreateQueueData(queueName,
                seconds(attributes, QueueAttributeName.VISIBILITY_TIMEOUT)
                        .map(value -> MillisVisibilityTimeout$.MODULE$.fromSeconds((Long) value)),
                seconds(attributes, QueueAttributeName.DELAY_SECONDS).map(value -> Duration.ofSeconds((Long) value)),
                wait.map(value -> Duration.ofSeconds((Long) value)), Option.empty(), Option.empty(),
                Option.apply(deadLetters), "true".equals(attributes.get(QueueAttributeName.FIFO_QUEUE)),
                "true".equals(attributes.get(QueueAttributeName.CONTENT_BASED_DEDUPLICATION)), Option.empty(),
                Option.empty(), scala.collection.immutable.Map$.MODULE$.empty());
        Either<?, ?> created = ask(manager, new CreateQueue(request), Either.class, queueName, ANSWER_LIMIT);
        if (created.isLeft()) {
            ElasticMQError error = (ElasticMQError) created.left().get();
            throw new IllegalStateException(error.getClass().getSimpleName() + ": " + error.message());
        }
    }

    private DeadLettersQueueData deadLetters(String queueName, String redrivePolicy) {
        if (redrivePolicy == null) {
            return null;
        }
        JsonNode policy;
        try {
            policy = JSON.readTree(redrivePolicy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("InvalidAttributeValue: the RedrivePolicy of queue " + queueName
                    + " is not JSON: " + e.getOriginalMessage(), e);
        }
        String target = policy.path("deadLetterTargetArn").asText("");
        int maxReceiveCount = policy.path("maxReceiveCount").asInt(0);
        String deadLetterQueue = target.substring(target.lastIndexOf(':') + 1);
        if (deadLetterQueue.isEmpty() || maxReceiveCount < 1 || maxReceiveCount > 1000) {
            throw new IllegalStateException("InvalidAttributeValue: the RedrivePolicy of queue " + queueName
                    + " needs a deadLetterTargetArn and a maxReceiveCount of 1 to 1000: " + redrivePolicy);
        }
        if (ask(manager, new LookupQueue(deadLetterQueue), Option.class, deadLetterQueue, ANSWER_LIMIT).isEmpty()) {
            throw new IllegalStateException("AWS.SimpleQueueService.NonExistentQueue: the dead-letter queue "
                    + deadLetterQueue + " of queue " + queueName + " does not exist");
        }
        return new DeadLettersQueueData(deadLetterQueue, maxReceiveCount);
    }

    private static Option<Object> seconds(Map<QueueAttributeName, String> attributes, QueueAttributeName name) {
        String value = attributes.get(name);
        if (value == null) {
            return Option.empty();
        }
        try {
            return Option.apply(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("InvalidAttributeValue: " + name + " is not a number of seconds: " + value, e);
        }
    }

    /** Whether a queue of this name exists and is a standard queue, not a FIFO one. */
    boolean isStandard(String queueName) {
        return !queueName.endsWith(".fifo")
                && ask(manager, new LookupQueue(queueName), Option.class, queueName, ANSWER_LIMIT).isDefined();
    }

    /**
     * Receives up to {@code max} messages, waiting up to {@code waitSeconds} for the first (null: the
     * queue's own ReceiveMessageWaitTimeSeconds), hidden for {@code visibilitySeconds} (null: the
     * queue's own visibility timeout).
     */
    List<ReceivedMessage> receive(String queueName, int max, Integer visibilitySeconds, Integer waitSeconds) {
        ActorRef queue = lookup(queueName);
        VisibilityTimeout visibility = visibilitySeconds == null ? DefaultVisibilityTimeout$.MODULE$
                : MillisVisibilityTimeout$.MODULE$.fromSeconds(visibilitySeconds);
        Option<java.time.Duration> wait = waitSeconds == null ? Option.empty()
                : Option.apply(java.time.Duration.ofSeconds(waitSeconds));
        scala.collection.immutable.List<?> messages = ask(queue,
                new ReceiveMessages(visibility, max, wait, Option.empty()), scala.collection.immutable.List.class,
                queueName, LONGEST_RECEIVE);
        List<ReceivedMessage> answer = new ArrayList<>(messages.size());
        messages.foreach(message -> answer.add(received.of((MessageData) message)));
        return answer;
    }

    /** Deletes the message this receipt handle names; false when the handle is not valid for the queue. */
    boolean delete(String queueName, String receiptHandle) {
        Either<?, ?> deleted = ask(lookup(queueName), new DeleteMessage(new DeliveryReceipt(receiptHandle)),
                Either.class, queueName, ANSWER_LIMIT);
        return deleted.isRight();
    }

    private ActorRef lookup(String queueName) {
        Option<?> found = ask(manager, new LookupQueue(queueName), Option.class, queueName, ANSWER_LIMIT);
        if (found.isEmpty()) {
            throw new NonExistentQueueException(queueName);
        }
        return (ActorRef) found.get();
    }

    /**
     * What the checks of a send need to know of the queue. Only a FIFO queue's name ends in {@code .fifo} (SQS allows
     * no dot in a standard queue's name), so only a FIFO queue is asked for its settings.
     */
    private QueueKind kindOf(ActorRef queue, String queueName) {
        if (!queueName.endsWith(".fifo")) {
            return new QueueKind(queueName, false, false);
        }
        QueueData data = ask(queue, new GetQueueData(), QueueData.class, queueName, ANSWER_LIMIT);
        return new QueueKind(queueName, data.isFifo(), data.hasContentBasedDeduplication());
    }

    private record QueueKind(String name, boolean isFifo, boolean hasContentBasedDeduplication) {
    }

    private RuntimeException refusal(QueueKind queue, QueueMessage message) {
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
        NextDelivery delivery = message.delaySeconds() == null ? ImmediateNextDelivery$.MODULE$
                : new AfterMillisNextDelivery(message.delaySeconds() * 1000L);
        return new NewMessageData(Option.empty(), message.body(), Map$.MODULE$.empty(), delivery,
                Option.apply(message.messageGroupId()),
                Option.apply(message.deduplicationId()).map(DeduplicationId::new), orderIndex, Option.empty(),
                Option.empty(), Option.empty());
    }

    private static <T> T ask(ActorRef actor, Object question, Class<T> answer, String queueName, Duration limit) {
        return answer.cast(await(Patterns.ask(actor, question, limit).toCompletableFuture(), queueName, limit));
    }

    private static Object await(CompletableFuture<Object> answer, String queueName, Duration limit) {
        try {
            return answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the queue " + queueName + " failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the queue " + queueName + " did not answer within " + limit, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the queue " + queueName, e);
        }
    }
}
