package media.polyglot.common;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with full jitter and a bounded number of attempts, so that retries from
 * many functions spread out instead of arriving together.
 */
public record Backoff(int maxAttempts, Duration base, Duration cap) {

    public Backoff {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be 1 or more, was " + maxAttempts);
        }
    }

    /** Five attempts, 50 ms doubling up to 1 s: well inside a function's timeout. */
    public static Backoff standard() {
        return new Backoff(5, Duration.ofMillis(50), Duration.ofSeconds(1));
    }

    /** The delay before retry number {@code retry} (1 for the first retry). */
    public Duration delayBefore(int retry) {
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(retry - 1, 20));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling + 1));
    }
}
