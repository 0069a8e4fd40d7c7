package media.polyglot.local.protocol.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import media.polyglot.local.EdgeClients;
import media.polyglot.local.edge.EdgeServer;
import media.polyglot.local.engine.sqs.QueueEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchEntryIdsNotDistinctException;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.ReceiptHandleIsInvalidException;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.SqsException;

/**
 * SQS through the edge with the stock SDK client: the plain calls answered in-process and the rest
 * passed to ElasticMQ must look the same to the client (the SDK checks every MD5 it is given).
 */
class SqsProtocolSdkTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static EdgeServer edge;
    private static QueueEngine queues;
    private static InProcessActions inProcess;
    private static SqsClient sqs;

    @BeforeAll
    static void start() {
        edge = EdgeServer.start(0);
        queues = QueueEngine.start(edge.url(), "us-east-1", "000000000000");
        inProcess = new InProcessActions(queues);
        edge.attach("sqs", new SqsProtocol(inProcess, new SqsProxy(queues.endpoint())));
        sqs = EdgeClients.at(SqsClient.builder(), edge.url());
    }

    @AfterAll
    static void stop() {
        sqs.close();
        queues.close();
        edge.close();
    }

    @Test
    void aSentMessageIsReceivedAndDeletedOnce() {
        String url = sqs.createQueue(r -> r.queueName("round-trip")).queueUrl();

        String id = sqs.sendMessage(r -> r.queueUrl(url).messageBody("héllo")).messageId();
        List<Message> received = sqs.receiveMessage(r -> r.queueUrl(url).waitTimeSeconds(1)).messages();
        sqs.deleteMessage(r -> r.queueUrl(url).receiptHandle(received.get(0).receiptHandle()));

        assertThat(received).extracting(Message::messageId, Message::body).containsExactly(
                org.assertj.core.groups.Tuple.tuple(id, "héllo"));
        assertThat(sqs.receiveMessage(r -> r.queueUrl(url).visibilityTimeout(0)).messages()).isEmpty();
    }

    @Test
    void aBatchIsSentReceivedAndDeletedWithPerEntryOutcomes() {
        String url = sqs.createQueue(r -> r.queueName("batches")).queueUrl();

        SendMessageBatchResponse sent = sqs.sendMessageBatch(r -> r.queueUrl(url).entries(
                e -> e.id("a").messageBody("one"), e -> e.id("b").messageBody("two")));
        List<Message> received = sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(1))
                .messages();
        DeleteMessageBatchResponse deleted = sqs.deleteMessageBatch(r -> r.queueUrl(url).entries(
                e -> e.id("first").receiptHandle(received.get(0).receiptHandle()),
                e -> e.id("forged").receiptHandle("not-a-handle")));

        assertThat(sent.successful()).extracting(e -> e.id()).containsExactly("a", "b");
        assertThat(sent.failed()).isEmpty();
        assertThat(received).extracting(Message::body).containsExactlyInAnyOrder("one", "two");
        assertThat(deleted.successful()).extracting(e -> e.id()).containsExactly("first");
        assertThat(deleted.failed()).singleElement().satisfies(failed -> {
            assertThat(failed.id()).isEqualTo("forged");
            assertThat(failed.code()).isEqualTo("ReceiptHandleIsInvalid");
            assertThat(failed.senderFault()).isTrue();
        });
    }

    @Test
    void aWaitingReceiveGetsAMessageSentMeanwhile() throws Exception {
        String url = sqs.createQueue(r -> r.queueName("long-poll")).queueUrl();

        CompletableFuture<List<Message>> waiting = CompletableFuture.supplyAsync(
                () -> sqs.receiveMessage(r -> r.queueUrl(url).waitTimeSeconds(10)).messages());
        Thread.sleep(300);
        sqs.sendMessage(r -> r.queueUrl(url).messageBody("late"));

        assertThat(waiting.get(5, TimeUnit.SECONDS)).extracting(Message::body).containsExactly("late");
    }

    @Test
    void aMessagesOwnDelayHoldsItBack() {
        String url = sqs.createQueue(r -> r.queueName("delays")).queueUrl();

        sqs.sendMessage(r -> r.queueUrl(url).messageBody("later").delaySeconds(2));

        assertThat(sqs.receiveMessage(r -> r.queueUrl(url)).messages()).isEmpty();
        assertThat(sqs.receiveMessage(r -> r.queueUrl(url).waitTimeSeconds(5)).messages())
                .extracting(Message::body).containsExactly("later");
    }

    @Test
    void messageAttributesAndFifoQueuesWorkThroughElasticMq() {
        String plain = sqs.createQueue(r -> r.queueName("attributes")).queueUrl();
        String fifo = sqs.createQueue(r -> r.queueName("ordered.fifo").attributes(Map.of(
                QueueAttributeName.FIFO_QUEUE, "true", QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "true")))
                .queueUrl();

        sqs.sendMessage(r -> r.queueUrl(plain).messageBody("with").messageAttributes(Map.of(
                "language", MessageAttributeValue.builder().dataType("String").stringValue("de").build())));
        sqs.sendMessage(r -> r.queueUrl(fifo).messageBody("first").messageGroupId("g"));
        sqs.sendMessage(r -> r.queueUrl(fifo).messageBody("second").messageGroupId("g"));

        Message attributed = sqs.receiveMessage(r -> r.queueUrl(plain).messageAttributeNames("All").waitTimeSeconds(1))
                .messages().get(0);
        assertThat(attributed.messageAttributes().get("language").stringValue()).isEqualTo("de");
        assertThat(sqs.receiveMessage(r -> r.queueUrl(fifo).maxNumberOfMessages(10).waitTimeSeconds(1)).messages())
                .extracting(Message::body).containsExactly("first", "second");
    }

    @Test
    void errorsAreElasticMqsOwn() {
        String url = sqs.createQueue(r -> r.queueName("errors")).queueUrl();
        String missing = url.substring(0, url.lastIndexOf('/') + 1) + "no-such-queue";

        assertThatThrownBy(() -> sqs.sendMessage(r -> r.queueUrl(missing).messageBody("x")))
                .isInstanceOf(QueueDoesNotExistException.class);
        assertThatThrownBy(() -> sqs.receiveMessage(r -> r.queueUrl(missing)))
                .isInstanceOf(QueueDoesNotExistException.class);
        assertThatThrownBy(() -> sqs.deleteMessage(r -> r.queueUrl(url).receiptHandle("forged")))
                .isInstanceOf(ReceiptHandleIsInvalidException.class);
        assertThatThrownBy(() -> sqs.sendMessageBatch(r -> r.queueUrl(url).entries(
                e -> e.id("same").messageBody("1"), e -> e.id("same").messageBody("2"))))
                .isInstanceOf(BatchEntryIdsNotDistinctException.class);
        assertThatThrownBy(() -> sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(11)))
                .isInstanceOf(SqsException.class).satisfies(e -> assertThat(((SqsException) e).statusCode()).isEqualTo(400));
        assertThatThrownBy(() -> sqs.sendMessage(r -> r.queueUrl(url).messageBody("bad \u0000")))
                .isInstanceOf(SqsException.class).satisfies(e -> assertThat(((SqsException) e).statusCode()).isEqualTo(400));
    }

    @Test
    void onlyThePlainFormsAreAnsweredInProcess() throws Exception {
        queues.createQueue("choices", Map.of());
        queues.createQueue("choices.fifo", Map.of(QueueAttributeName.FIFO_QUEUE, "true"));
        String url = "http://127.0.0.1:4566/000000000000/choices";

        assertThat(inProcess.answer("SendMessage", JSON.readTree(
                "{\"QueueUrl\":\"" + url + "\",\"MessageBody\":\"plain\",\"DelaySeconds\":0}"))).isPresent();
        assertThat(inProcess.answer("SendMessage", JSON.readTree("{\"QueueUrl\":\"" + url
                + "\",\"MessageBody\":\"x\",\"MessageAttributes\":{\"a\":{\"DataType\":\"String\",\"StringValue\":\"v\"}}}")))
                .isEmpty();
        assertThat(inProcess.answer("SendMessage", JSON.readTree(
                "{\"QueueUrl\":\"" + url + ".fifo\",\"MessageBody\":\"x\",\"MessageGroupId\":\"g\"}"))).isEmpty();
        assertThat(inProcess.answer("SendMessage", JSON.readTree(
                "{\"QueueUrl\":\"" + url + "\",\"MessageBody\":\"x\",\"DelaySeconds\":901}"))).isEmpty();
        assertThat(inProcess.answer("ReceiveMessage", JSON.readTree(
                "{\"QueueUrl\":\"" + url + "\",\"AttributeNames\":[\"All\"]}"))).isEmpty();
        assertThat(inProcess.answer("ReceiveMessage", JSON.readTree(
                "{\"QueueUrl\":\"" + url + "\",\"MaxNumberOfMessages\":10,\"WaitTimeSeconds\":0}")))
                .hasValueSatisfying(response -> assertThat(response.bodyAsString()).contains("\"Body\":\"plain\""));
        assertThat(inProcess.answer("DeleteMessage", JSON.readTree(
                "{\"QueueUrl\":\"" + url + "\",\"ReceiptHandle\":\"forged\"}"))).isEmpty();
        assertThat(inProcess.answer("ListQueues", JSON.readTree("{}"))).isEmpty();
    }
}
