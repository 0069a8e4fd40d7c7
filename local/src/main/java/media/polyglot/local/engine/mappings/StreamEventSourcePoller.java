package media.polyglot.local.engine.mappings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import media.polyglot.local.engine.dynamodb.DynamoDbEngine;
import media.polyglot.local.engine.dynamodb.StreamRecord;
import media.polyglot.local.engine.lambda.InvocationResult;
import media.polyglot.local.engine.lambda.LambdaHost;
import media.polyglot.local.engine.sqs.QueueEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A DynamoDB stream event source mapping: reads the stream in order from its checkpoint, invokes
 * the function with each batch, and moves the checkpoint only past what succeeded. With
 * {@code ReportBatchItemFailures} the function names the first record that failed and the next
 * batch starts there. A batch that fails {@code MaximumRetryAttempts} times is given up: a record
 * of it goes to the on-failure destination and the stream moves on, as Lambda does.
 */
public final class StreamEventSourcePoller implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamEventSourcePoller.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Lambda polls a shard about four times a second; polling faster keeps local hops short. */
    private static final long IDLE_POLL_MILLIS = 20;
    private static final long LONGEST_RETRY_MILLIS = 5_000;
    /** The engine reads at most this many records at once. */
    private static final int MAX_READ = 1_000;

    private final StreamMapping mapping;
    private final DynamoDbEngine tables;
    private final QueueEngine queues;
    private final LambdaHost functions;
    private final StreamCheckpoints checkpoints;
    private volatile boolean running = true;
    private String checkpoint;
    private int failedAttempts;
    /** The batch size for the next read: halved on each function error when the mapping bisects. */
    private int nextBatchSize;

    public StreamEventSourcePoller(StreamMapping mapping, DynamoDbEngine tables, QueueEngine queues,
                                   LambdaHost functions, StreamCheckpoints checkpoints) {
        this.mapping = mapping;
        this.checkpoints = checkpoints;
        this.tables = tables;
        this.queues = queues;
        this.functions = functions;
    }

    @Override
    public void run() {
        checkpoint = checkpoints.of(mapping.id());
        if (checkpoint == null && mapping.fromLatest()) {
            checkpoint = latest();
        }
        nextBatchSize = mapping.batchSize();
        while (running && !Thread.currentThread().isInterrupted()) {
            try {
                List<StreamRecord> batch = tables.readStream(mapping.streamArn(), checkpoint, Math.min(MAX_READ, nextBatchSize));
                if (batch.isEmpty()) {
                    TimeUnit.MILLISECONDS.sleep(IDLE_POLL_MILLIS);
                } else {
                    process(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                if (running) {
                    LOG.error("mapping {} of {}: reading {} failed; retrying", mapping.id(), mapping.functionName(),
                            mapping.streamArn(), e);
                }
            }
        }
    }

    /** The newest record's sequence number now, so that LATEST starts with what comes after it. */
    private String latest() {
        String last = null;
        List<StreamRecord> page;
        do {
            page = tables.readStream(mapping.streamArn(), last, MAX_READ);
            if (!page.isEmpty()) {
                last = page.get(page.size() - 1).sequenceNumber();
            }
        } while (page.size() == MAX_READ);
        return last;
    }

    public void stop() {
        running = false;
    }

    private void process(List<StreamRecord> batch) throws InterruptedException {
        InvocationResult result = functions.invoke(mapping.functionName(), render(batch));
        int firstFailed = result.failed() ? 0 : firstReportedFailure(result.payload(), batch);
        if (firstFailed < 0) {
            advanceTo(batch.get(batch.size() - 1).sequenceNumber());
            failedAttempts = 0;
            nextBatchSize = mapping.batchSize();
            return;
        }
        if (result.failed() && mapping.bisectOnError() && batch.size() > 1) {
            // BisectBatchOnFunctionError: retry the first half, then the rest, narrowing down to what fails.
            nextBatchSize = batch.size() / 2;
        }
        if (firstFailed > 0) {
            advanceTo(batch.get(firstFailed - 1).sequenceNumber());
        }
        failedAttempts++;
        String reason = result.failed() ? result.error().errorType() + ": " + result.error().errorMessage()
                : "the function reported record " + batch.get(firstFailed).sequenceNumber() + " failed";
        if (mapping.maxRetryAttempts() >= 0 && failedAttempts > mapping.maxRetryAttempts()) {
            giveUp(batch.subList(firstFailed, batch.size()), reason);
            return;
        }
        long backoff = Math.min(LONGEST_RETRY_MILLIS, 100L << Math.min(failedAttempts - 1, 10));
        LOG.warn("{} failed on stream batch (attempt {}): {}; retrying in {} ms", mapping.functionName(),
                failedAttempts, reason, backoff);
        TimeUnit.MILLISECONDS.sleep(backoff);
    }

    /** Index of the first record the function reported failed, or -1 when it reported none. */
    private static int firstReportedFailure(byte[] response, List<StreamRecord> batch) {
        JsonNode failures;
        try {
            failures = JSON.readTree(response).path("batchItemFailures");
        } catch (IOException e) {
            // Lambda treats a response it cannot read as a failure of the whole batch.
            return 0;
        }
        int first = -1;
        for (JsonNode failure : failures) {
            int index = indexOf(failure.path("itemIdentifier").asText(""), batch);
            // An identifier that names no record of the batch fails the whole batch, as Lambda treats it.
            if (index < 0) {
                return 0;
            }
            first = first < 0 ? index : Math.min(first, index);
        }
        return first;
    }

    private static int indexOf(String sequenceNumber, List<StreamRecord> batch) {
        for (int i = 0; i < batch.size(); i++) {
            if (batch.get(i).sequenceNumber().equals(sequenceNumber)) {
                return i;
            }
        }
        return -1;
    }

    private void advanceTo(String sequenceNumber) {
        checkpoint = sequenceNumber;
        checkpoints.advance(mapping.id(), sequenceNumber);
    }

    private void giveUp(List<StreamRecord> records, String reason) {
        advanceTo(records.get(records.size() - 1).sequenceNumber());
        failedAttempts = 0;
        nextBatchSize = mapping.batchSize();
        LOG.error("{} gave up {} stream record(s) after {} retries: {}", mapping.functionName(), records.size(),
                mapping.maxRetryAttempts(), reason);
        if (mapping.onFailureDestination() != null) {
            String body = failureRecord(records, reason).toString();
            queues.client().sendMessage(m -> m.queueUrl(queues.urlOf(mapping.onFailureDestination())).messageBody(body));
        }
    }

    /** The invocation record Lambda sends to an on-failure destination for a stream batch. */
    private ObjectNode failureRecord(List<StreamRecord> records, String reason) {
        ObjectNode record = JSON.createObjectNode();
        ObjectNode request = record.putObject("requestContext");
        request.put("functionArn", mapping.functionArn());
        request.put("condition", "RetryAttemptsExhausted");
        request.put("approximateInvokeCount", mapping.maxRetryAttempts() + 1);
        record.putObject("responseContext").put("executedVersion", "$LATEST").put("functionError", reason);
        record.put("version", "1.0");
        record.put("timestamp", Instant.now().toString());
        ObjectNode info = record.putObject("DDBStreamBatchInfo");
        info.put("startSequenceNumber", records.get(0).sequenceNumber());
        info.put("endSequenceNumber", records.get(records.size() - 1).sequenceNumber());
        info.put("batchSize", records.size());
        info.put("streamArn", mapping.streamArn());
        return record;
    }

    private static byte[] render(List<StreamRecord> batch) {
        ObjectNode event = JSON.createObjectNode();
        ArrayNode records = event.putArray("Records");
        batch.forEach(record -> records.add(record.toJson()));
        return event.toString().getBytes(StandardCharsets.UTF_8);
    }
}
