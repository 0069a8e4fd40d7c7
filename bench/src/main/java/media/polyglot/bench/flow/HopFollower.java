package media.polyglot.bench.flow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Follows the runtime's hop log while the flows run and keeps the hops of the bench's flows (those whose correlation
 * id starts with the run's prefix). The log is bounded, so reading it only at the end would lose the early hops of a
 * long run; a gap in the sequence numbers is counted, so a figure built on missing hops says so.
 */
final class HopFollower implements AutoCloseable {

    private final Management management;
    private final String prefix;
    private final List<TracedHop> hops = new ArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    private long last;
    private long missed;
    private volatile RuntimeException failure;

    HopFollower(Management management, String prefix) {
        this.management = management;
        this.prefix = prefix;
        this.thread = new Thread(this::follow, "hop-follower");
        thread.setDaemon(true);
        thread.start();
    }

    private void follow() {
        try {
            while (running.get()) {
                JsonNode page = management.hopsAfter(lastSequence());
                synchronized (this) {
                    for (JsonNode hop : page) {
                        long sequence = hop.path("sequence").asLong();
                        if (sequence <= last) {
                            continue;
                        }
                        missed += sequence - last - 1;
                        last = sequence;
                        String correlationId = hop.path("correlationId").asText("");
                        if (correlationId.startsWith(prefix)) {
                            hops.add(TracedHop.of(hop));
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    private synchronized long lastSequence() {
        return last;
    }

    /** The hops kept so far, oldest first. */
    synchronized List<TracedHop> hops() {
        if (failure != null) {
            throw failure;
        }
        return List.copyOf(hops);
    }

    /** Hops that dropped off the runtime's bounded log before they were read. */
    synchronized long missed() {
        return missed;
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join(5_000);
    }
}
