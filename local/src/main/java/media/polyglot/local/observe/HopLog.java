package media.polyglot.local.observe;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runtime's record of every hop, newest last, bounded so it never grows without end. Each hop
 * is also logged as one line at debug level (logger {@code hops}; a console line per hop would
 * cost more than the hop itself under load). Readers follow it by sequence number ({@code tail},
 * the dashboard) or select one flow by correlation id ({@code trace}); a reader may wait for new hops.
 */
public final class HopLog {

    private static final Logger LOG = LoggerFactory.getLogger("hops");
    /** Enough for many flows of a working session; older hops drop off. */
    private static final int CAPACITY = 50_000;

    private final Clock clock;
    private final Deque<Hop> hops = new ArrayDeque<>();
    private long nextSequence = 1;

    public HopLog(Clock clock) {
        this.clock = clock;
    }

    public void record(HopKind kind, String resource, String correlationId, String eventId, long durationMillis,
                       String outcome, Map<String, String> details) {
        Hop hop;
        synchronized (this) {
            hop = new Hop(nextSequence++, clock.instant(), kind, resource, correlationId, eventId, durationMillis,
                    outcome, details);
            hops.addLast(hop);
            if (hops.size() > CAPACITY) {
                hops.removeFirst();
            }
            notifyAll();
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} correlationId={} eventId={} {}{} {}", hop.kind(), hop.resource(), hop.correlationId(),
                    hop.eventId(), hop.durationMillis() >= 0 ? hop.durationMillis() + "ms " : "", hop.outcome(),
                    hop.details());
        }
    }

    /** Hops recorded after {@code sequence}, waiting up to {@code waitMillis} for one when there are none yet. */
    public synchronized List<Hop> after(long sequence, long waitMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + waitMillis;
        while (nextSequence - 1 <= sequence && System.currentTimeMillis() < deadline) {
            wait(Math.max(1, deadline - System.currentTimeMillis()));
        }
        List<Hop> newer = new ArrayList<>();
        for (Hop hop : hops) {
            if (hop.sequence() > sequence) {
                newer.add(hop);
            }
        }
        return newer;
    }

    /** Every hop of one flow, in the order they happened. */
    public synchronized List<Hop> trace(String correlationId) {
        return hops.stream().filter(hop -> correlationId.equals(hop.correlationId())).toList();
    }
}
