package media.polyglot.local.engine.events;

import java.util.ArrayList;
import java.util.List;

/** Sends one event to one kind of target (an SQS queue, a function, a bus, ...); throws when it cannot. */
public interface TargetSender {

    /** Whether this sender handles the target's ARN. */
    boolean handles(String targetArn);

    void send(Delivery delivery);

    /**
     * Whether a first attempt may run on the thread that put the event: an in-process send that answers at once, so
     * the event is on its way when PutEvents answers. Others run on the delivery threads.
     */
    default boolean immediate() {
        return false;
    }

    /**
     * Sends several deliveries to the same target at once; answers, for each delivery in order,
     * null when it was delivered or the error when it was not. Senders that can batch (SQS's
     * SendMessageBatch) override this; the default sends one by one.
     */
    default List<RuntimeException> sendAll(List<Delivery> deliveries) {
        List<RuntimeException> outcomes = new ArrayList<>(deliveries.size());
        for (Delivery delivery : deliveries) {
            try {
                send(delivery);
                outcomes.add(null);
            } catch (RuntimeException e) {
                outcomes.add(e);
            }
        }
        return outcomes;
    }
}
