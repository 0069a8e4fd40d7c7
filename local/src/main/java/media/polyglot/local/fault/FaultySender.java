package media.polyglot.local.fault;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import media.polyglot.local.engine.events.Delivery;
import media.polyglot.local.engine.events.TargetSender;

/**
 * A target sender with the delivery faults in force. While duplicate delivery is on, it sends each delivery that
 * went through once more: what EventBridge's at-least-once delivery allows, and what every consumer must absorb (a
 * FIFO queue target drops the copy itself, since the copy carries the same deduplication id). A target named
 * unavailable takes nothing: its deliveries fail as a target out of reach does, and are retried.
 */
final class FaultySender implements TargetSender {

    private final TargetSender sender;
    private final Faults faults;

    FaultySender(TargetSender sender, Faults faults) {
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
        if (faults.unavailable(delivery.target().arn())) {
            throw unavailable(delivery);
        }
        sender.send(delivery);
        if (faults.duplicates()) {
            sender.send(delivery);
            faults.duplicated(1);
        }
    }

    @Override
    public List<RuntimeException> sendAll(List<Delivery> deliveries) {
        if (faults.unavailable(deliveries.get(0).target().arn())) {
            return new ArrayList<>(Collections.nCopies(deliveries.size(), unavailable(deliveries.get(0))));
        }
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

    private static IllegalStateException unavailable(Delivery delivery) {
        return new IllegalStateException("target " + delivery.target().arn()
                + " is unavailable (a fault injected through /_polyglot/faults)");
    }
}
