package media.polyglot.common;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a handler over each message of an SQS batch and reports exactly the messages that failed
 * as {@code batchItemFailures}, so the event source mapping deletes the rest and only the failed
 * ones return to the queue (and, past maxReceiveCount, to its DLQ). Needs
 * {@code ReportBatchItemFailures} on the mapping, which infra sets.
 *
 * <p>On a FIFO queue ({@link #processInOrder}) order must hold: the first failure fails the rest of the
 * batch unrun, so no later message of the batch overtakes the failed one.
 */
public final class SqsBatchProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(SqsBatchProcessor.class);

    private SqsBatchProcessor() {
    }

    /** For a standard queue: every message runs; the failed ones are reported. */
    public static SQSBatchResponse process(SQSEvent batch, Consumer<SQSMessage> handler) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSMessage message : batch.getRecords()) {
            if (!run(message, handler)) {
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }

    /** For a FIFO queue: messages run in order until one fails; it and every one after it are reported. */
    public static SQSBatchResponse processInOrder(SQSEvent batch, Consumer<SQSMessage> handler) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSMessage message : batch.getRecords()) {
            if (!failures.isEmpty()) {
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            } else if (!run(message, handler)) {
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                LOG.warn("FIFO batch stops at message {}: it and the rest of the batch return to the queue in order",
                        message.getMessageId());
            }
        }
        return new SQSBatchResponse(failures);
    }

    private static boolean run(SQSMessage message, Consumer<SQSMessage> handler) {
        try {
            handler.accept(message);
            return true;
        } catch (RuntimeException e) {
            LOG.error("message {} failed and returns to the queue: {}", message.getMessageId(), e.toString(), e);
            return false;
        }
    }
}
