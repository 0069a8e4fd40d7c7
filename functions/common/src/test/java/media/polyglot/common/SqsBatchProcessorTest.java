package media.polyglot.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import java.util.ArrayList;
import java.util.List;
import media.polyglot.common.testing.SqsBatches;
import org.junit.jupiter.api.Test;

class SqsBatchProcessorTest {

    private final List<String> ran = new ArrayList<>();

    @Test
    void onAStandardQueueExactlyTheFailedMessagesAreReported() {
        SQSBatchResponse response = SqsBatchProcessor.process(SqsBatches.of("ok", "bad", "ok", "bad"), this::run);

        assertThat(failedIds(response)).containsExactly("m-2", "m-4");
        assertThat(ran).containsExactly("ok", "bad", "ok", "bad");
    }

    @Test
    void onAFifoQueueTheFirstFailureFailsTheRestOfTheBatchUnrun() {
        SQSBatchResponse response = SqsBatchProcessor.processInOrder(SqsBatches.of("ok", "bad", "ok", "ok"), this::run);

        assertThat(failedIds(response)).containsExactly("m-2", "m-3", "m-4");
        assertThat(ran).containsExactly("ok", "bad");
    }

    @Test
    void aBatchWithoutFailuresReportsNone() {
        assertThat(failedIds(SqsBatchProcessor.processInOrder(SqsBatches.of("ok", "ok"), this::run))).isEmpty();
    }

    private void run(com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage message) {
        ran.add(message.getBody());
        if (message.getBody().equals("bad")) {
            throw new IllegalStateException("bad message");
        }
    }

    private static List<String> failedIds(SQSBatchResponse response) {
        return response.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList();
    }
}
