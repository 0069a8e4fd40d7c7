package media.polyglot.local.engine.sns;

import java.time.Duration;

/**
 * How hard SNS tries to deliver. Server-side failures (the endpoint's service failed) are retried
 * with exponential backoff, up to {@code maxAttempts}, then the message goes to the
 * subscription's dead-letter queue. Client-side failures (the queue or function no longer exists)
 * are not retried, as "Amazon SNS message delivery retries" says. A function that fails is
 * retried as Lambda retries asynchronous invocations: {@code functionRetries} more times, the
 * first after {@code firstFunctionRetry}, then twice as long each time.
 */
public record DeliveryPolicy(int maxAttempts, Duration firstRetry, Duration longestRetry, int functionRetries,
                             Duration firstFunctionRetry) {

    /**
     * AWS's defaults: SNS's policy for SQS and Lambda endpoints makes 100,015 attempts with delays of 1 to 20
     * seconds; Lambda retries a failed asynchronous invocation twice, after one minute and after two more.
     */
    public static final DeliveryPolicy AWS_DEFAULTS =
            new DeliveryPolicy(100_015, Duration.ofSeconds(1), Duration.ofSeconds(20), 2, Duration.ofMinutes(1));

    public DeliveryPolicy {
        if (maxAttempts < 1 || functionRetries < 0) {
            throw new IllegalArgumentException("delivery policy needs at least one attempt and no negative retries, was "
                    + maxAttempts + " attempts and " + functionRetries + " function retries");
        }
    }

    Duration retryDelay(int failedAttempts) {
        long millis = firstRetry.toMillis() << Math.min(failedAttempts - 1, 20);
        return Duration.ofMillis(Math.min(longestRetry.toMillis(), millis));
    }

    Duration functionRetryDelay(int failedAttempts) {
        return firstFunctionRetry.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
    }
}
