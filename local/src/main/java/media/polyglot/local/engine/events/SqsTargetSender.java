package media.polyglot.local.engine.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import media.polyglot.local.engine.sqs.NonExistentQueueException;
import media.polyglot.local.engine.sqs.QueueEngine;
import media.polyglot.local.engine.sqs.QueueMessage;
import media.polyglot.local.engine.sqs.SendOutcome;

/**
 * Delivers to SQS queues: the body is what the target receives (the whole event by default); a
 * FIFO queue gets the target's message group and the event id as deduplication id, as EventBridge
 * sends them. Messages go to the queue engine in-process, a chunk of deliveries to one queue at once.
 */
public final class SqsTargetSender implements TargetSender {

    private final QueueEngine queues;

    public SqsTargetSender(QueueEngine queues) {
        this.queues = queues;
    }

    @Override
    public boolean handles(String targetArn) {
        return targetArn.startsWith("arn:aws:sqs:");
    }

    /** The queue engine's actors take a message in-process, without waiting on anything else. */
    @Override
    public boolean immediate() {
        return true;
    }

    @Override
    public List<RuntimeException> sendAll(List<Delivery> deliveries) {
        List<QueueMessage> messages = new ArrayList<>(deliveries.size());
        deliveries.forEach(delivery -> messages.add(message(delivery)));
        try {
            return queues.send(QueueEngine.nameOf(deliveries.get(0).target().arn()), messages).stream()
                    .map(SendOutcome::error).collect(Collectors.toCollection(ArrayList::new));
        } catch (NonExistentQueueException e) {
            return new ArrayList<>(Collections.nCopies(deliveries.size(), missing(e)));
        } catch (RuntimeException e) {
            return new ArrayList<>(Collections.nCopies(deliveries.size(), e));
        }
    }

    @Override
    public void send(Delivery delivery) {
        SendOutcome outcome;
        try {
            outcome = queues.send(QueueEngine.nameOf(delivery.target().arn()), List.of(message(delivery))).get(0);
        } catch (NonExistentQueueException e) {
            throw missing(e);
        }
        if (outcome.failed()) {
            throw outcome.error();
        }
    }

    /** A queue that does not exist is no reason to retry: EventBridge dead-letters at once with NO_RESOURCE. */
    private static TargetRefusedException missing(NonExistentQueueException e) {
        return new TargetRefusedException(TargetRefusedException.NO_RESOURCE, e.getMessage());
    }

    private static QueueMessage message(Delivery delivery) {
        String groupId = delivery.target().messageGroupId();
        return new QueueMessage(delivery.payload(), groupId, groupId == null ? null : delivery.event().path("id").asText());
    }
}
