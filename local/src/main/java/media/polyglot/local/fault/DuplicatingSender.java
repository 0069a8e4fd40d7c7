package media.polyglot.local.fault;

import java.util.ArrayList;
import java.util.List;
import media.polyglot.local.engine.events.Delivery;
import media.polyglot.local.engine.events.TargetSender;

/**
 * A target sender that, while duplicate delivery is on, sends each delivery that went through once more: what
 * EventBridge's at-least-once delivery allows, and what every consumer must absorb. A FIFO queue target drops the
 * copy itself, since the copy carries the same deduplication id.
 */
final class DuplicatingSender implements TargetSender {

    private final TargetSender sender;
    private final Faults faults;

    DuplicatingSender(TargetSender sender, Faults faults) {
        this.sender = sender;
        this.faults = faults;
    }

    @Override
    public boolean handles(String targetArn) {
        return sender.handles(targetArn);
    }

    @Override
    public boolean immediate() {
        return sender.immediate();
    }

    @Override
    public void send(Delivery delivery) {
        sender.send(delivery);
        if (faults.duplicates()) {
            sender.send(delivery);
            faults.duplicated(1);
        }
    }

    @Override
    public List<RuntimeException> sendAll(List<Delivery> deliveries) {
        List<RuntimeException> outcomes = sender.sendAll(deliveries);
        if (faults.duplicates()) {
            List<Delivery> delivered = new ArrayList<>();
            for (int i = 0; i < deliveries.size(); i++) {
                if (outcomes.get(i) == null) {
                    delivered.add(deliveries.get(i));
                }
            }
            if (!delivered.isEmpty()) {
                // The first send decided each outcome; a copy that fails is a copy not delivered, nothing more.
                sender.sendAll(delivered);
                faults.duplicated(delivered.size());
            }
        }
        return outcomes;
    }
}
