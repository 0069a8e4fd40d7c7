package media.polyglot.local.engine.events;

import java.time.Duration;
import java.util.Objects;

/**
 * Where a rule sends a matching event, and what happens when delivery fails: retried up to
 * {@code maxAttempts} times within {@code maxEventAge}, then sent to the dead-letter queue, if any.
 *
 * @param deadLetterArn SQS ARN of the target's dead-letter queue, or null
 */
public record Target(String id, String arn, String deadLetterArn, int maxAttempts, Duration maxEventAge) {

    /** EventBridge's defaults when a target sets no retry policy: 185 attempts within 24 hours. */
    public static final int DEFAULT_MAX_ATTEMPTS = 185;
    public static final Duration DEFAULT_MAX_EVENT_AGE = Duration.ofHours(24);

    public Target {
        Objects.requireNonNull(id, "target id");
        Objects.requireNonNull(arn, "target arn");
        if (maxAttempts < 0) {
            throw new IllegalArgumentException("target " + id + ": maximum retry attempts must be 0 or more");
        }
    }
}
