package media.polyglot.local.engine.mappings;

import java.util.Objects;

/** An event source mapping from an SQS queue to a function, as the template declares it. */
public record SqsMapping(String id, String functionName, String queueArn, int batchSize,
                         boolean reportBatchItemFailures) {

    public SqsMapping {
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(queueArn, "queueArn");
        // One receive returns at most ten messages; larger batches (with a batching window) come later.
        batchSize = Math.max(1, Math.min(batchSize, 10));
    }
}
