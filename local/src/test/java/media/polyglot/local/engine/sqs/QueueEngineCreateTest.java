package media.polyglot.local.engine.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Queues the runtime creates in-process from a template are the queues ElasticMQ's CreateQueue would make: the same
 * URL, the settings GetQueueAttributes reads back over SQS, and the same refusals (SQS API reference, CreateQueue).
 */
class QueueEngineCreateTest {

    private static final URI EDGE = URI.create("http://127.0.0.1:4566");
    private static final String DLQ_ARN = "arn:aws:sqs:us-east-1:000000000000:orders-dlq";

    private static QueueEngine queues;

    @BeforeAll
    static void start() {
        queues = QueueEngine.start(EDGE, "us-east-1", "000000000000");
        queues.createQueue("orders-dlq", Map.of());
    }

    @AfterAll
    static void stop() {
        queues.close();
    }

    @Test
    void aQueueWithItsSettingsAndRedrivePolicyIsWhatSqsDescribes() {
        String url = queues.createQueue("orders", Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "45",
                QueueAttributeName.DELAY_SECONDS, "2", QueueAttributeName.RECEIVE_MESSAGE_WAIT_TIME_SECONDS, "5",
                QueueAttributeName.MESSAGE_RETENTION_PERIOD, "1209600",
                QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\"" + DLQ_ARN + "\",\"maxReceiveCount\":5}"));

        assertThat(url).isEqualTo("http://127.0.0.1:4566/000000000000/orders");
        assertThat(queues.client().getQueueUrl(r -> r.queueName("orders")).queueUrl()).isEqualTo(url);
        Map<String, String> attributes = queues.client().getQueueAttributes(r -> r.queueUrl(url)
                .attributeNames(QueueAttributeName.ALL)).attributesAsStrings();
        assertThat(attributes).containsEntry("VisibilityTimeout", "45").containsEntry("DelaySeconds", "2")
                .containsEntry("ReceiveMessageWaitTimeSeconds", "5");
        assertThat(attributes.get("RedrivePolicy")).contains("orders-dlq").contains("5");
    }

    @Test
    void aFifoQueueWithContentBasedDeduplicationIsFifo() {
        String url = queues.createQueue("sequence.fifo", Map.of(QueueAttributeName.FIFO_QUEUE, "true",
                QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "true"));

        assertThat(queues.client().getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.ALL))
                .attributesAsStrings()).containsEntry("FifoQueue", "true").containsEntry("ContentBasedDeduplication", "true");
        assertThat(queues.isStandardQueue("sequence.fifo")).isFalse();
    }

    @Test
    void creatingAgainWithTheSameSettingsIsNoErrorAndWithOthersIs() {
        queues.createQueue("twice", Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "30"));

        assertThat(queues.createQueue("twice", Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "30"))).endsWith("/twice");
        assertThatThrownBy(() -> queues.createQueue("twice", Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "60")))
                .hasMessageStartingWith("QueueAlreadyExists");
    }

    @Test
    void aRedrivePolicyToAMissingQueueOrWithAnImpossibleCountIsRefusedAndNothingIsMade() {
        assertThatThrownBy(() -> queues.createQueue("orphan", Map.of(QueueAttributeName.REDRIVE_POLICY,
                "{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:000000000000:nowhere\",\"maxReceiveCount\":5}")))
                .hasMessageStartingWith("AWS.SimpleQueueService.NonExistentQueue").hasMessageContaining("nowhere");
        assertThatThrownBy(() -> queues.createQueue("greedy", Map.of(QueueAttributeName.REDRIVE_POLICY,
                "{\"deadLetterTargetArn\":\"" + DLQ_ARN + "\",\"maxReceiveCount\":1001}")))
                .hasMessageStartingWith("InvalidAttributeValue").hasMessageContaining("1 to 1000");
        assertThatThrownBy(() -> queues.createQueue("slow", Map.of(QueueAttributeName.RECEIVE_MESSAGE_WAIT_TIME_SECONDS, "21")))
                .hasMessageStartingWith("InvalidParameterValue");
        assertThatThrownBy(() -> queues.createQueue("bad name!", Map.of())).hasMessageStartingWith("InvalidParameterValue");
        assertThat(queues.client().listQueues().queueUrls()).noneMatch(url -> url.endsWith("/orphan")
                || url.endsWith("/greedy") || url.endsWith("/slow"));
    }
}
