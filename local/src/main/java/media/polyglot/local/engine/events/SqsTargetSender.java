package media.polyglot.local.engine.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import media.polyglot.local.engine.sqs.QueueEngine;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * Delivers to SQS queues: the body is what the target receives (the whole event by default); a
 * FIFO queue gets the target's message group and the event id as deduplication id, as EventBridge
 * sends them. Deliveries to one queue go ten to a SendMessageBatch.
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
    public List<RuntimeException> sendAll(List<Delivery> deliveries) {
        String url = queues.urlOf(deliveries.get(0).target().arn());
        List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
        for (int i = 0; i < deliveries.size(); i++) {
            Delivery delivery = deliveries.get(i);
            SendMessageBatchRequestEntry.Builder entry = SendMessageBatchRequestEntry.builder()
                    .id(Integer.toString(i)).messageBody(delivery.payload());
            if (delivery.target().messageGroupId() != null) {
                entry.messageGroupId(delivery.target().messageGroupId())
                        .messageDeduplicationId(delivery.event().path("id").asText());
            }
            entries.add(entry.build());
        }
        List<RuntimeException> outcomes = new ArrayList<>(Collections.nCopies(deliveries.size(), null));
        try {
            SendMessageBatchResponse response = queues.client().sendMessageBatch(r -> r.queueUrl(url).entries(entries));
            for (BatchResultErrorEntry failed : response.failed()) {
                outcomes.set(Integer.parseInt(failed.id()),
                        new IllegalStateException(failed.code() + ": " + failed.message()));
            }
        } catch (RuntimeException e) {
            Collections.fill(outcomes, e);
        }
        return outcomes;
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
