package media.polyglot.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the global stream in order from a position and hands it to a target in batches. The targets are
 * idempotent and order-tolerant projections, so a replay over events they already applied changes nothing, and
 * an event that failed is retried alone once more before it is reported.
 */
final class Replay {

    /** Events read from the stream at once. */
    static final int PAGE = 100;

    private final EventStream stream;
    private final int batchSize;

    Replay(EventStream stream, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("a replay batch holds at least one event, was " + batchSize);
        }
        this.stream = stream;
        this.batchSize = batchSize;
    }

    /** Replays every event after {@code after}. */
    Report run(String targetName, ReplayTarget target, long after) {
        long through = after;
        int replayed = 0;
        List<Long> failed = new ArrayList<>();
        StreamPage page;
        do {
            page = stream.after(through, PAGE);
            List<StreamEntry> entries = page.entries();
            for (int from = 0; from < entries.size(); from += batchSize) {
                List<StreamEntry> batch = entries.subList(from, Math.min(entries.size(), from + batchSize));
                List<Long> stillFailing = retryOnce(target, batch, target.deliver(batch));
                replayed += batch.size() - stillFailing.size();
                failed.addAll(stillFailing);
            }
            if (!entries.isEmpty()) {
                through = entries.get(entries.size() - 1).position();
            }
        } while (page.next() != null);
        return new Report(targetName, replayed, failed, through);
    }

    private static List<Long> retryOnce(ReplayTarget target, List<StreamEntry> batch, List<Long> failedPositions) {
        if (failedPositions.isEmpty()) {
            return List.of();
        }
        return target.deliver(batch.stream().filter(e -> failedPositions.contains(e.position())).toList());
    }

    /**
     * What a replay did.
     *
     * @param target   the projection replayed into
     * @param replayed how many events the target accepted
     * @param failed   positions of the events it refused twice
     * @param through  the last position read: a next replay may continue after it
     */
    record Report(String target, int replayed, List<Long> failed, long through) {
        Report {
            failed = List.copyOf(failed);
        }
    }
}
