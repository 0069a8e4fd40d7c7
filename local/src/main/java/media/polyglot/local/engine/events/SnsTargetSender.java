package media.polyglot.local.engine.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import media.polyglot.local.engine.sns.PublishRequest;
import media.polyglot.local.engine.sns.SnsEngine;

/** Delivers events to SNS topics: the message is the whole EventBridge event, as on AWS. */
public final class SnsTargetSender implements TargetSender {

    private final SnsEngine topics;

    public SnsTargetSender(SnsEngine topics) {
        this.topics = topics;
    }

    @Override
    public boolean handles(String targetArn) {
        return targetArn.startsWith("arn:aws:sns:");
    }

    @Override
    public void send(String targetArn, ObjectNode event) {
        topics.publish(PublishRequest.of(targetArn, event.toString()));
    }
}
