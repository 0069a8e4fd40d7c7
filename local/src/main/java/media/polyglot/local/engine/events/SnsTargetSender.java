package media.polyglot.local.engine.events;

import media.polyglot.local.engine.sns.PublishRequest;
import media.polyglot.local.engine.sns.SnsEngine;

/** Delivers events to SNS topics: the message is what the target receives, the whole event by default. */
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
    public void send(Delivery delivery) {
        topics.publish(PublishRequest.of(delivery.target().arn(), delivery.payload()));
    }
}
