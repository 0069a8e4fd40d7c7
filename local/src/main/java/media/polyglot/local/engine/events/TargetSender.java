package media.polyglot.local.engine.events;

/** Sends one event to one kind of target (an SQS queue, a function, a bus, ...); throws when it cannot. */
public interface TargetSender {

    /** Whether this sender handles the target's ARN. */
    boolean handles(String targetArn);

    void send(Delivery delivery);
}
