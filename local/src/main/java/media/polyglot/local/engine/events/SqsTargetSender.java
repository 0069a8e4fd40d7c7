package media.polyglot.local.engine.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import media.polyglot.local.engine.sqs.QueueEngine;

/** Delivers events to SQS queues: the message body is the whole EventBridge event, as on AWS. */
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
    public void send(String targetArn, ObjectNode event) {
        String url = queues.urlOf(targetArn);
        queues.client().sendMessage(m -> m.queueUrl(url).messageBody(event.toString()));
    }
}
