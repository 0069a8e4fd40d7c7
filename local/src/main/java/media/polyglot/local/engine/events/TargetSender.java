package media.polyglot.local.engine.events;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Sends one event to one kind of target (an SQS queue, a function, ...); throws when it cannot. */
public interface TargetSender {

    /** Whether this sender handles the target's ARN. */
    boolean handles(String targetArn);

    void send(String targetArn, ObjectNode event);
}
