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
 */
public final class SqsBatchProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(SqsBatchProcessor.class);

    private SqsBatchProcessor() {
    }

    public static SQSBatchResponse process(SQSEvent batch, Consumer<SQSMessage> handler) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSMessage message : batch.getRecords()) {
            try {
                handler.accept(message);
            } catch (RuntimeException e) {
                LOG.error("message {} failed and returns to the queue: {}", message.getMessageId(), e.toString(), e);
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }
}
