package media.polyglot.common;

import java.util.List;

/**
 * What a consumer does with one event it subscribed to: its own side effects (idempotent in themselves
 * where they can be), and the events it emits in return, which {@link EventConsumer} publishes.
 */
@FunctionalInterface
public interface EventHandler {

    /**
     * @return the events to publish, possibly none
     * @throws InvalidEventException when the event can never be handled (it is parked, not retried)
     */
    List<OutgoingEvent> handle(BusEvent event);
}
