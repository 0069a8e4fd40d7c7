package media.polyglot.local.engine.mappings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import media.polyglot.local.engine.lambda.InvocationResult;
import media.polyglot.local.engine.lambda.LambdaHost;
import media.polyglot.local.engine.sqs.QueueEngine;
import media.polyglot.local.engine.sqs.ReceivedMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An SQS event source mapping: long-polls the queue (in-process, on the queue engine's actors), invokes the function with a batch, and
 * deletes what succeeded. With {@code ReportBatchItemFailures} only the messages the function
 * names stay on the queue; a function error, or a response naming messages that were not in the
 * batch, leaves the whole batch to return after the visibility timeout, as Lambda does. What keeps
 * failing reaches the queue's DLQ through its redrive policy.
 */
public final class SqsEventSourcePoller implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(SqsEventSourcePoller.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Short long-polls, so that stopping the runtime never waits long. */
    private static final int WAIT_SECONDS = 1;
    /** SQS returns at most ten messages per receive. */
    private static final int MAX_PER_RECEIVE = 10;

    private final SqsMapping mapping;
    private final QueueEngine queues;
    private final LambdaHost functions;
    private final String region;
    private volatile boolean running = true;

    public SqsEventSourcePoller(SqsMapping mapping, QueueEngine queues, LambdaHost functions, String region) {
        this.mapping = mapping;
        this.queues = queues;
        this.functions = functions;
        this.region = region;
    }

    @Override
    public void run() {
        String queueName = QueueEngine.nameOf(mapping.queueArn());
        while (running && !Thread.currentThread().isInterrupted()) {
            try {
                List<ReceivedMessage> batch = receiveBatch(queueName);
                if (!batch.isEmpty()) {
                    deliver(queueName, batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                if (running) {
                    LOG.error("mapping {} of {}: polling {} failed; retrying", mapping.id(), mapping.functionName(),
                            mapping.queueArn(), e);
                }
            }
        }
    }

    /**
     * One batch: what a receive returns, then, with a batching window, more receives until the
     * batch is full or the window since the first message has passed.
     */
    private List<ReceivedMessage> receiveBatch(String queueName) {
        List<ReceivedMessage> batch = new ArrayList<>(receive(queueName, WAIT_SECONDS));
        long deadline = System.nanoTime() + mapping.batchingWindow().toNanos();
        while (!batch.isEmpty() && batch.size() < mapping.batchSize() && System.nanoTime() < deadline) {
            // Long-poll for what is left of the window, in whole seconds as SQS takes them.
            long remainingSeconds = (deadline - System.nanoTime() + 999_999_999L) / 1_000_000_000L;
            batch.addAll(receive(queueName, (int) Math.min(WAIT_SECONDS, remainingSeconds)));
        }
        return batch;
    }

    private List<ReceivedMessage> receive(String queueName, int waitSeconds) {
        return queues.receive(queueName, Math.min(MAX_PER_RECEIVE, mapping.batchSize()), null, waitSeconds);
    }

    public void stop() {
        running = false;
    }

    private void deliver(String queueName, List<ReceivedMessage> batch) throws InterruptedException {
        byte[] event = SqsEvents.render(batch, mapping.queueArn(), region);
        InvocationResult result = functions.invoke(mapping.functionName(), event);
        if (result.failed()) {
            LOG.warn("{} failed on a batch of {} from {}: {} {}; the batch returns after the visibility timeout",
                    mapping.functionName(), batch.size(), mapping.queueArn(), result.error().errorType(),
                    result.error().errorMessage());
            return;
        }
        Set<String> failed = mapping.reportBatchItemFailures() ? failedIds(result.payload(), batch) : Set.of();
        for (ReceivedMessage message : batch) {
            // A handle that no longer deletes belongs to a message whose visibility timeout passed during the
            // invocation: it is visible again and will be delivered again, as on SQS.
            if (!failed.contains(message.messageId()) && !queues.delete(queueName, message.receiptHandle())) {
                LOG.warn("{}: message {} of {} outlived its visibility timeout during the invocation; it will be"
                        + " delivered again", mapping.functionName(), message.messageId(), mapping.queueArn());
            }
        }
    }

    /**
     * The ids the function reported failed. As Lambda documents, a response it cannot read, or one
     * naming a message that is not in the batch, fails the whole batch; an empty or null response
     * is a complete success.
     */
    private Set<String> failedIds(byte[] response, List<ReceivedMessage> batch) {
        Set<String> inBatch = new HashSet<>();
        batch.forEach(message -> inBatch.add(message.messageId()));
        try {
            JsonNode failures = JSON.readTree(response).path("batchItemFailures");
            Set<String> failed = new HashSet<>();
            for (JsonNode failure : failures) {
                String id = failure.path("itemIdentifier").asText(null);
                if (id == null || !inBatch.contains(id)) {
                    LOG.warn("{} reported failed item {} which is not in the batch; the whole batch is retried",
                            mapping.functionName(), id);
                    return inBatch;
                }
                failed.add(id);
            }
            return failed;
        } catch (IOException e) {
            LOG.warn("{} answered a batch with invalid JSON; the whole batch is retried", mapping.functionName());
            return inBatch;
        }
    }
}
