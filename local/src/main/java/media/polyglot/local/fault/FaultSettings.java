package media.polyglot.local.fault;

import java.util.List;

/**
 * The faults the local runtime injects, for tests that prove nothing is lost: every bus delivery sent twice (as
 * at-least-once delivery allows), a share of PutEvents entries failed as EventBridge fails them one by one,
 * with {@code InternalFailure} or {@code ThrottlingException} (an entry is failed at most
 * {@code maxFailuresPerEntry} times, so a publisher that retries what failed always gets it through), and rule
 * targets, by ARN, that are unavailable for now, so their deliveries fail and are retried.
 */
public record FaultSettings(boolean duplicateDeliveries, double putEventsFailureRate, double putEventsThrottleRate,
                            int maxFailuresPerEntry, List<String> unavailableTargets) {

    public static final FaultSettings NONE = new FaultSettings(false, 0, 0, 0);

    public FaultSettings(boolean duplicateDeliveries, double putEventsFailureRate, double putEventsThrottleRate,
                         int maxFailuresPerEntry) {
        this(duplicateDeliveries, putEventsFailureRate, putEventsThrottleRate, maxFailuresPerEntry, List.of());
    }

    public FaultSettings {
        unavailableTargets = List.copyOf(unavailableTargets);
        requireRate("putEventsFailureRate", putEventsFailureRate);
        requireRate("putEventsThrottleRate", putEventsThrottleRate);
        if (putEventsFailureRate + putEventsThrottleRate > 1) {
            throw new IllegalArgumentException("putEventsFailureRate and putEventsThrottleRate add up to more than 1: "
                    + putEventsFailureRate + " + " + putEventsThrottleRate);
        }
        if (maxFailuresPerEntry < 0) {
            throw new IllegalArgumentException("maxFailuresPerEntry must be 0 or more, was " + maxFailuresPerEntry);
        }
    }

    private static void requireRate(String name, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(name + " must be a share from 0 to 1, was " + rate);
        }
    }

    boolean failsPutEvents() {
        return putEventsFailureRate + putEventsThrottleRate > 0 && maxFailuresPerEntry > 0;
    }
}
