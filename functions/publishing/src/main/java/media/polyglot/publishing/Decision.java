package media.polyglot.publishing;

import java.time.Duration;
import java.util.List;
import media.polyglot.common.OutgoingEvent;

/**
 * What the process manager decided on one event: the new state, and the events that announce it.
 *
 * @param state       the state after the event
 * @param events      what to publish; empty when the event changed nothing visible
 * @param flowLatency when the decision publishes the item: the time from its flow's start to now, else null
 */
public record Decision(Publication state, List<OutgoingEvent> events, Duration flowLatency) {

    public Decision {
        events = List.copyOf(events);
    }

    /** A decision that publishes nothing, or takes down. */
    public Decision(Publication state, List<OutgoingEvent> events) {
        this(state, events, null);
    }

    static Decision quiet(Publication state) {
        return new Decision(state, List.of());
    }
}
