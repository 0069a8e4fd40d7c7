package media.polyglot.local.engine.events;

import java.time.Duration;
import java.util.Objects;

/**
 * Where a rule sends a matching event, in what form, and what happens when delivery fails: retried
 * up to {@code maxAttempts} times within {@code maxEventAge}, then sent to the dead-letter queue, if
 * any.
 *
 * @param input          what the target receives (the whole event unless the target says otherwise)
 * @param messageGroupId for a FIFO queue target (SqsParameters.MessageGroupId), else null
 * @param deadLetterArn  SQS ARN of the target's dead-letter queue, or null
 */
public record Target(String id, String arn, TargetInput input, String messageGroupId, String deadLetterArn,
                     int maxAttempts, Duration maxEventAge) {

    /** EventBridge's defaults when a target sets no retry policy: 185 attempts within 24 hours. */
    public static final int DEFAULT_MAX_ATTEMPTS = 185;
    public static final Duration DEFAULT_MAX_EVENT_AGE = Duration.ofHours(24);

    public Target {
        Objects.requireNonNull(id, "target id");
        Objects.requireNonNull(arn, "target arn of " + id);
        input = input == null ? new TargetInput.WholeEvent() : input;
        if (maxAttempts < 0 || maxAttempts > DEFAULT_MAX_ATTEMPTS) {
            throw new InvalidTargetException("target " + id + ": MaximumRetryAttempts must be 0 to 185, was " + maxAttempts);
        }
        maxEventAge = maxEventAge == null ? DEFAULT_MAX_EVENT_AGE : maxEventAge;
        if (maxEventAge.compareTo(Duration.ofSeconds(60)) < 0 || maxEventAge.compareTo(DEFAULT_MAX_EVENT_AGE) > 0) {
            throw new InvalidTargetException("target " + id + ": MaximumEventAgeInSeconds must be 60 to 86400, was "
                    + maxEventAge.toSeconds());
        }
        if (arn.endsWith(".fifo") && messageGroupId == null) {
            throw new InvalidTargetException("target " + id + ": a FIFO queue target needs SqsParameters.MessageGroupId");
        }
    }

    /** A target that receives whole events, with EventBridge's default retry policy and no DLQ. */
    public static Target of(String id, String arn) {
        return new Target(id, arn, null, null, null, DEFAULT_MAX_ATTEMPTS, DEFAULT_MAX_EVENT_AGE);
    }
}
