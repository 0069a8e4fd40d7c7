package media.polyglot.audit;

import java.util.List;

/** A projection a rebuild replays stored events into. */
interface ReplayTarget {

    /**
     * Hands the target a batch of events in stream order.
     *
     * @return the positions of the events the target failed to apply
     */
    List<Long> deliver(List<StreamEntry> batch);
}
