package media.polyglot.partner.client;

import java.time.Duration;

/** Waits between attempts; tests pass one that records the delays instead of waiting. */
@FunctionalInterface
public interface Sleeper {

    /** Waits for real. */
    Sleeper REAL = duration -> {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backing off before retrying PutEvents", e);
        }
    };

    void sleep(Duration duration);
}
