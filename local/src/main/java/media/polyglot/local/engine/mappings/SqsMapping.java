package media.polyglot.local.engine.mappings;

import java.time.Duration;
import java.util.Objects;

/** An event source mapping from an SQS queue to a function, as the template declares it. */
public record SqsMapping(String id, String functionName, String queueArn, int batchSize, Duration batchingWindow,
                         boolean reportBatchItemFailures) {

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
        if (batchingWindow.compareTo(Duration.ofSeconds(300)) > 0) {
            throw new IllegalArgumentException("mapping " + id + ": MaximumBatchingWindowInSeconds must be 0 to 300");
        }
    }
}
