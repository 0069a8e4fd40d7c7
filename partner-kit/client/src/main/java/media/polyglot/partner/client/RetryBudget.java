package media.polyglot.partner.client;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often entries PutEvents reports failed for a passing reason are sent again, and how long to wait before
 * each retry: exponential backoff with full jitter, so retries from many senders spread out.
 *
 * @param maxAttempts attempts per entry, the first included
 * @param base        the ceiling of the first retry's delay; it doubles per retry
 * @param cap         the highest ceiling
 */
public record RetryBudget(int maxAttempts, Duration base, Duration cap) {

    public RetryBudget {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be 1 or more, was " + maxAttempts);
        }
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        if (base.isNegative() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff needs 0 <= base <= cap, was base " + base + ", cap " + cap);
        }
    }

    /** Five attempts, 100 ms doubling up to 2 s: under ten seconds in all, inside a function's timeout. */
    public static RetryBudget standard() {
        return new RetryBudget(5, Duration.ofMillis(100), Duration.ofSeconds(2));
    }

    /** A random delay before retry number {@code retry} (1 for the first), up to its ceiling. */
    public Duration delayBefore(int retry) {
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(retry - 1, 20));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling + 1));
    }
}
