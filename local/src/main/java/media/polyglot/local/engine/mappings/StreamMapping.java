package media.polyglot.local.engine.mappings;

import java.util.Objects;

/**
 * An event source mapping from a DynamoDB stream to a function, as the template declares it.
 *
 * @param functionArn          the function's ARN, which the on-failure record names
 * @param fromLatest           StartingPosition LATEST (true) or TRIM_HORIZON (false)
 * @param bisectOnError        on a function error, retry the batch in halves, down to the failing record
 * @param maxRetryAttempts     retries of a failing batch before it is given up; -1 retries until the record expires
 * @param onFailureDestination SQS ARN that receives a record of each batch given up, or null
 */
public record StreamMapping(String id, String functionName, String functionArn, String streamArn, int batchSize, boolean fromLatest,
                            boolean reportBatchItemFailures, boolean bisectOnError, int maxRetryAttempts,
                            String onFailureDestination) {

    public StreamMapping {
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(streamArn, "streamArn");
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("mapping " + id + ": BatchSize must be 1 to 10000, was " + batchSize);
        }
    }
}
