package media.polyglot.local.engine.events;

/**
 * Delivers to another event bus of the runtime (of this account or another): the event arrives
 * there as it was matched here, and that bus's rules match it in turn. Another account's bus takes it only if its
 * policy lets the rule's account put it.
 */
public final class EventBusTargetSender implements TargetSender {

    private final EventRouter router;

    public EventBusTargetSender(EventRouter router) {
        this.router = router;
    }

    @Override
    public boolean handles(String targetArn) {
        return targetArn.startsWith("arn:aws:events:") && targetArn.contains(":event-bus/");
    }

    @Override
    public void send(Delivery delivery) {
        router.forward(delivery.target().arn(), delivery.event(), delivery.rule().account());
    }
}
