package media.polyglot.local.fault;

/**
 * The faults the local runtime injects, for tests that prove nothing is lost: every bus delivery sent twice (as
 * at-least-once delivery allows), and a share of PutEvents entries failed as EventBridge fails them one by one,
 * with {@code InternalFailure} or {@code ThrottlingException}. An entry is failed at most
 * {@code maxFailuresPerEntry} times, so a publisher that retries what failed always gets it through.
 */
public record FaultSettings(boolean duplicateDeliveries, double putEventsFailureRate, double putEventsThrottleRate,
                            int maxFailuresPerEntry) {

    public static final FaultSettings NONE = new FaultSettings(false, 0, 0, 0);

    public FaultSettings {
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
