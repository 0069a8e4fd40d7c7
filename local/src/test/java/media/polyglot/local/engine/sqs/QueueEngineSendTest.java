package media.polyglot.local.engine.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The runtime's in-process sends reach ElasticMQ's queues as SendMessageBatch would: in order, with
 * FIFO groups and deduplication, the queue's delay, and the refusals of ElasticMQ's SQS endpoint.
 * (That they survive a restart with a data directory, DataDirectoryTest shows: ElasticMQ's SQL
 * persistence keeps one database per JVM, so it is tested in one class only.)
 */
class QueueEngineSendTest {

    private static final URI EDGE = URI.create("http://127.0.0.1:4566");

    private static QueueEngine queues;

    @BeforeAll
    static void start() {
        queues = QueueEngine.start(EDGE, "us-east-1", "000000000000");
    }

    @AfterAll
    static void stop() {
        queues.close();
    }

    @Test
    void messagesArriveInTheirOrderAndCanBeReceivedOverSqs() {
        String url = queues.createQueue("plain", Map.of());

        List<SendOutcome> outcomes = queues.send("plain",
                List.of(new QueueMessage("one", null, null), new QueueMessage("two", null, null)));

        assertThat(outcomes).noneMatch(SendOutcome::failed);
        assertThat(outcomes).extracting(SendOutcome::messageId).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(receive(url, 10)).extracting(Message::body).containsExactlyInAnyOrder("one", "two");
    }

    @Test
    void aFifoQueueKeepsTheGroupAndDropsADuplicate() {
        String url = queues.createQueue("ordered.fifo", Map.of(QueueAttributeName.FIFO_QUEUE, "true"));

        List<SendOutcome> outcomes = queues.send("ordered.fifo", List.of(
                new QueueMessage("first", "content-1", "e-1"),
                new QueueMessage("second", "content-1", "e-2"),
                new QueueMessage("first again", "content-1", "e-1")));

        assertThat(outcomes).noneMatch(SendOutcome::failed);
        List<Message> received = queues.client().receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)
                .messageSystemAttributeNames(MessageSystemAttributeName.MESSAGE_GROUP_ID)).messages();
        assertThat(received).extracting(Message::body).containsExactly("first", "second");
        assertThat(received.get(0).attributes().get(MessageSystemAttributeName.MESSAGE_GROUP_ID)).isEqualTo("content-1");
    }

    @Test
    void aMessagesOwnDelayOverridesTheQueues() {
        String url = queues.createQueue("delayed-by-queue", Map.of(QueueAttributeName.DELAY_SECONDS, "30"));

        assertThat(queues.send("delayed-by-queue", List.of(new QueueMessage("now", null, null, 0))))
                .noneMatch(SendOutcome::failed);

        assertThat(receive(url, 2)).extracting(Message::body).containsExactly("now");
    }

    @Test
    void receivedMessagesCarryTheirHandlesAndDeleteOnce() {
        queues.createQueue("consumed", Map.of());
        queues.send("consumed", List.of(new QueueMessage("work", null, null)));

        List<ReceivedMessage> received = queues.receive("consumed", 10, 0, 1);

        assertThat(received).extracting(ReceivedMessage::body).containsExactly("work");
        assertThat(queues.delete("consumed", received.get(0).receiptHandle())).isTrue();
        assertThat(queues.delete("consumed", "forged")).isFalse();
        assertThat(queues.receive("consumed", 10, null, 0)).isEmpty();
    }

    @Test
    void aBatchTooLongTogetherIsNotAcceptableThoughEachMessageIs() {
        queues.createQueue("lengths", Map.of());
        String half = "x".repeat(600 * 1024); // SQS takes 1 MiB, a message or a batch

        assertThat(queues.acceptable("lengths", List.of(new QueueMessage(half, null, null)))).isTrue();
        assertThat(queues.acceptable("lengths", List.of(new QueueMessage(half, null, null),
                new QueueMessage(half, null, null)))).isFalse();
        assertThat(queues.isStandardQueue("lengths")).isTrue();
        assertThat(queues.isStandardQueue("nowhere")).isFalse();
    }

    /** SQS's 1 MiB message, both in-process and through ElasticMQ's own endpoint (ElasticMQ 1.6 stops at 256 KiB). */
    @Test
    void aMessageOfHalfAMebibyteIsTakenInProcessAndOverSqs() {
        String url = queues.createQueue("large", Map.of());
        String large = "y".repeat(512 * 1024);

        assertThat(queues.send("large", List.of(new QueueMessage(large, null, null)))).noneMatch(SendOutcome::failed);
        queues.client().sendMessage(m -> m.queueUrl(url).messageBody(large + "z"));

        List<Message> received = new ArrayList<>(receive(url, 5));
        received.addAll(receive(url, 1));
        assertThat(received).extracting(message -> message.body().length())
                .containsExactlyInAnyOrder(large.length(), large.length() + 1);
    }

    @Test
    void theQueuesDelayHoldsAMessageBack() {
        String url = queues.createQueue("delayed", Map.of(QueueAttributeName.DELAY_SECONDS, "2"));

        assertThat(queues.send("delayed", List.of(new QueueMessage("later", null, null)))).noneMatch(SendOutcome::failed);

        assertThat(queues.client().receiveMessage(r -> r.queueUrl(url)).messages()).isEmpty();
        assertThat(receive(url, 5)).extracting(Message::body).containsExactly("later");
    }

    @Test
    void aMessageSqsWouldRefuseFailsAloneWithSqsCode() {
        queues.createQueue("strict", Map.of());
        queues.createQueue("strict.fifo", Map.of(QueueAttributeName.FIFO_QUEUE, "true"));
        char[] tooLong = new char[1024 * 1024 + 1];
        Arrays.fill(tooLong, 'x');

        List<RuntimeException> plain = errors(queues.send("strict", List.of(
                new QueueMessage("fine", null, null),
                new QueueMessage("bad \u0000 character", null, null),
                new QueueMessage(new String(tooLong), null, null),
                new QueueMessage("grouped", "g", "d"))));
        List<RuntimeException> fifo = errors(queues.send("strict.fifo", List.of(
                new QueueMessage("no group", null, null),
                new QueueMessage("no deduplication id", "g", null))));

        assertThat(plain.get(0)).isNull();
        assertThat(plain.get(1)).hasMessageStartingWith("InvalidMessageContents").hasMessageContaining("strict");
        assertThat(plain.get(2)).hasMessageStartingWith("MessageTooLong");
        assertThat(plain.get(3)).hasMessageStartingWith("InvalidParameterValue").hasMessageContaining("not FIFO");
        assertThat(fifo.get(0)).hasMessageStartingWith("InvalidParameterValue").hasMessageContaining("message group");
        assertThat(fifo.get(1)).hasMessageStartingWith("InvalidParameterValue").hasMessageContaining("deduplication");
    }

    @Test
    void aQueueThatDoesNotExistFailsTheSendNamingIt() {
        assertThatThrownBy(() -> queues.send("nowhere", List.of(new QueueMessage("lost", null, null))))
                .hasMessageContaining("NonExistentQueue").hasMessageContaining("nowhere");
    }

    private static List<RuntimeException> errors(List<SendOutcome> outcomes) {
        return outcomes.stream().map(SendOutcome::error).toList();
    }

    private static List<Message> receive(String url, int waitSeconds) {
        return queues.client().receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(waitSeconds))
                .messages();
    }
}
