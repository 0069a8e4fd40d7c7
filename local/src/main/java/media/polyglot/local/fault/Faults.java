package media.polyglot.local.fault;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import media.polyglot.local.engine.events.PutEventsEntry;
import media.polyglot.local.engine.events.PutEventsResult;
import media.polyglot.local.engine.events.TargetSender;

/**
 * The runtime's fault switches and what they did: the settings in force (none at start), and counts of the
 * deliveries sent twice and the entries failed, so a test can print and check them. Thread-safe.
 */
public final class Faults {

    private final AtomicReference<FaultSettings> settings = new AtomicReference<>(FaultSettings.NONE);
    /** How often each entry (by source, detail-type and detail) has been failed, so each fails a bounded number of times. */
    private final Map<String, Integer> failuresByEntry = new ConcurrentHashMap<>();
    private final AtomicLong duplicatesSent = new AtomicLong();
    private final AtomicLong entriesFailed = new AtomicLong();
    private final AtomicLong entriesThrottled = new AtomicLong();

    public FaultSettings settings() {
        return settings.get();
    }

    /** Puts new settings in force and starts the counts again. */
    public void set(FaultSettings next) {
        settings.set(next);
        failuresByEntry.clear();
        duplicatesSent.set(0);
        entriesFailed.set(0);
        entriesThrottled.set(0);
    }

    public Counts counts() {
        return new Counts(duplicatesSent.get(), entriesFailed.get(), entriesThrottled.get());
    }

    /**
     * The sender with the delivery faults in force: every delivery sent a second time while duplicate delivery is on,
     * and none sent to a target that is unavailable.
     */
    public TargetSender injectedInto(TargetSender sender) {
        return new FaultySender(sender, this);
    }

    boolean unavailable(String targetArn) {
        return settings.get().unavailableTargets().contains(targetArn);
    }

    boolean duplicates() {
        return settings.get().duplicateDeliveries();
    }

    void duplicated(int count) {
        duplicatesSent.addAndGet(count);
    }

    /** The failure injected for this entry, or null to let it through. */
    public PutEventsResult refuse(PutEventsEntry entry) {
        FaultSettings now = settings.get();
        if (!now.failsPutEvents()) {
            return null;
        }
        double draw = ThreadLocalRandom.current().nextDouble();
        boolean fail = draw < now.putEventsFailureRate();
        boolean throttle = !fail && draw < now.putEventsFailureRate() + now.putEventsThrottleRate();
        if (!fail && !throttle) {
            return null;
        }
        String key = entry.source() + "|" + entry.detailType() + "|" + entry.detail();
        if (failuresByEntry.merge(key, 1, Integer::sum) > now.maxFailuresPerEntry()) {
            return null;
        }
        if (fail) {
            entriesFailed.incrementAndGet();
            return PutEventsResult.failed("InternalFailure", "The request processing has failed (injected fault).");
        }
        entriesThrottled.incrementAndGet();
        return PutEventsResult.failed("ThrottlingException", "Rate exceeded (injected fault).");
    }

    /** What the faults did since the settings were last set. */
    public record Counts(long duplicateDeliveries, long putEventsEntriesFailed, long putEventsEntriesThrottled) {
    }
}
