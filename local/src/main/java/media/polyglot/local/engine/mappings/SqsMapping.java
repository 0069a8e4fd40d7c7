package media.polyglot.local.engine.mappings;

import java.time.Duration;
import java.util.Objects;

/**
 * An event source mapping from an SQS queue to a function, as the template declares it.
 *
 * @param maxConcurrency at most this many batches of the queue in flight at once (ScalingConfig.MaximumConcurrency)
 */
public record SqsMapping(String id, String functionName, String queueArn, int batchSize, Duration batchingWindow,
                         boolean reportBatchItemFailures, int maxConcurrency) {

    /** Pollers when ScalingConfig sets no bound: enough for a second instance to take work while the first is busy. */
    public static final int DEFAULT_CONCURRENCY = 2;

    public SqsMapping {
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(queueArn, "queueArn");
        batchingWindow = batchingWindow == null ? Duration.ZERO : batchingWindow;
        // Lambda allows batches over ten only with a batching window of at least one second.
        int maximum = batchingWindow.isZero() ? 10 : 10_000;
        if (batchSize < 1 || batchSize > maximum) {
            throw new IllegalArgumentException("mapping " + id + ": BatchSize must be 1 to " + maximum
                    + (batchingWindow.isZero() ? " without a MaximumBatchingWindowInSeconds" : "") + ", was " + batchSize);
        }
        if (maxConcurrency < 2 || maxConcurrency > 1000) {
            throw new IllegalArgumentException("mapping " + id + ": ScalingConfig.MaximumConcurrency must be 2 to 1000, was "
                    + maxConcurrency);
        }
        if (batchingWindow.compareTo(Duration.ofSeconds(300)) > 0) {
            throw new IllegalArgumentException("mapping " + id + ": MaximumBatchingWindowInSeconds must be 0 to 300");
        }
    }
}
