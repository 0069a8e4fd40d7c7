package media.polyglot.publishing;

import java.util.List;
import media.polyglot.common.OutgoingEvent;

/**
 * What the process manager decided on one event: the new state, and the events that announce it.
 *
 * @param state  the state after the event
 * @param events what to publish; empty when the event changed nothing visible
 */
public record Decision(Publication state, List<OutgoingEvent> events) {

    public Decision {
        events = List.copyOf(events);
    }

    static Decision quiet(Publication state) {
        return new Decision(state, List.of());
    }
}
