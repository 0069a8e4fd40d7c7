package media.polyglot.local.engine.events;

import media.polyglot.local.engine.sqs.QueueEngine;

/**
 * Delivers to SQS queues: the body is what the target receives (the whole event by default); a
 * FIFO queue gets the target's message group and the event id as deduplication id, as EventBridge
 * sends them.
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

    @Override
    public void send(Delivery delivery) {
        String url = queues.urlOf(delivery.target().arn());
        String groupId = delivery.target().messageGroupId();
        queues.client().sendMessage(m -> {
            m.queueUrl(url).messageBody(delivery.payload());
            if (groupId != null) {
                m.messageGroupId(groupId).messageDeduplicationId(delivery.event().path("id").asText());
            }
        });
    }
}
