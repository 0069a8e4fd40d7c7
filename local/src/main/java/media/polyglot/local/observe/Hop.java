package media.polyglot.local.observe;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One step an event or request took through the runtime: a request on a Function URL, an event
 * put on a bus, a rule delivering to a target, a function invocation, a message parked in a DLQ.
 * Hops of one flow share the envelope's correlation id, so a trace is the hops of one id.
 *
 * @param sequence      order of recording, for readers that follow the log
 * @param resource      the bus, rule, queue, topic or function the hop happened at
 * @param correlationId the flow it belongs to, or null when the payload carries none
 * @param durationMillis how long the step took, or -1 when it is an instant
 * @param outcome       "ok", or what went wrong
 * @param details       small extra facts (detail-type, cold start, target, batch size)
 */
public record Hop(long sequence, Instant time, HopKind kind, String resource, String correlationId, String eventId,
                  long durationMillis, String outcome, Map<String, String> details) {

    public Hop {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(resource, "resource");
        outcome = outcome == null ? "ok" : outcome;
        details = Map.copyOf(details);
    }

    public boolean failed() {
        return !outcome.equals("ok");
    }
}
