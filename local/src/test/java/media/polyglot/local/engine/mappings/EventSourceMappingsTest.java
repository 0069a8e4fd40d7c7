package media.polyglot.local.engine.mappings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import media.polyglot.local.engine.dynamodb.DynamoDbEngine;
import media.polyglot.local.engine.dynamodb.EngineSettings;
import media.polyglot.local.engine.dynamodb.KeyAttribute;
import media.polyglot.local.engine.dynamodb.PutItemRequest;
import media.polyglot.local.engine.dynamodb.StreamRecord;
import media.polyglot.local.engine.dynamodb.StreamViewType;
import media.polyglot.local.engine.dynamodb.TableDefinition;
import media.polyglot.local.engine.dynamodb.value.AttributeValue;
import media.polyglot.local.engine.dynamodb.value.Item;
import media.polyglot.local.engine.lambda.FunctionSpec;
import media.polyglot.local.engine.lambda.LambdaHost;
import media.polyglot.local.engine.mappings.fixtures.CrashOnceHandler;
import media.polyglot.local.engine.mappings.fixtures.PoisonRejectingHandler;
import media.polyglot.local.engine.mappings.fixtures.PoisonThrowingHandler;
import media.polyglot.local.engine.sqs.QueueEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Event source mappings on real engines and a real function JVM, with the partial batch responses
 * Lambda documents ("Handling errors for an SQS event source", "Configuring partial batch response
 * with DynamoDB Streams").
 */
class EventSourceMappingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static QueueEngine queues;
    private static DynamoDbEngine tables;
    private static LambdaHost functions;
    private static EventSourceMappings mappings;
    private static final List<Invocation> invocations = new CopyOnWriteArrayList<>();
    private static Path crashMarker;

    /** What a function was given and whether it failed: records by their body or keys, and the whole event. */
    private record Invocation(String function, List<String> records, boolean failed, JsonNode event) {
    }

    @BeforeAll
    static void start() throws URISyntaxException, IOException {
        queues = QueueEngine.start(URI.create("http://127.0.0.1:4566"), "us-east-1", "000000000000");
        tables = DynamoDbEngine.open("jdbc:sqlite::memory:", EngineSettings.DEFAULTS);
        functions = new LambdaHost("us-east-1", "000000000000");
        Path testClasses = Path.of(PoisonRejectingHandler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        for (String name : List.of("queue-consumer", "stream-consumer", "window-consumer", "fifo-consumer")) {
            functions.register(new FunctionSpec(name, PoisonRejectingHandler.class.getName() + "::handleRequest",
                    List.of(testClasses), 256, Duration.ofSeconds(10), Map.of()));
        }
        functions.register(new FunctionSpec("bisecting-consumer", PoisonThrowingHandler.class.getName() + "::handleRequest",
                List.of(testClasses), 256, Duration.ofSeconds(10), Map.of()));
        crashMarker = Files.createTempDirectory("crash").resolve("marker");
        functions.register(new FunctionSpec("crashing-consumer", CrashOnceHandler.class.getName() + "::handleRequest",
                List.of(testClasses), 256, Duration.ofSeconds(10), Map.of("CRASH_MARKER", crashMarker.toString())));
        functions.observeInvocations((name, payload, result) -> invocations.add(new Invocation(name, recordsIn(payload),
                result.failed(), parse(payload))));
        mappings = new EventSourceMappings(queues, tables, functions, "us-east-1", null);
    }

    @AfterAll
    static void stop() {
        mappings.close();
        functions.close();
        tables.close();
        queues.close();
    }

    @Test
    void onlyTheMessagesAFunctionReportsFailedStayAndReachTheDlqAfterMaxReceiveCount() {
        String dlq = queues.createQueue("work-dlq", Map.of());
        // Long enough that a good message is deleted before it shows again, even when an invocation is slow.
        String work = queues.createQueue("work", Map.of(
                QueueAttributeName.VISIBILITY_TIMEOUT, "3",
                QueueAttributeName.REDRIVE_POLICY,
                "{\"deadLetterTargetArn\": \"" + queues.arnOf("work-dlq") + "\", \"maxReceiveCount\": 2}"));
        for (String body : List.of("good-1", "poison", "good-2")) {
            queues.client().sendMessage(m -> m.queueUrl(work).messageBody(body));
        }

        mappings.startSqs(new SqsMapping("m1", "queue-consumer", queues.arnOf("work"), 10, Duration.ZERO, true,
                SqsMapping.DEFAULT_CONCURRENCY));

        List<Message> deadLetters = await().atMost(Duration.ofSeconds(30)).until(
                () -> queues.client().receiveMessage(r -> r.queueUrl(dlq).waitTimeSeconds(1).maxNumberOfMessages(10))
                        .messages(), messages -> !messages.isEmpty());
        assertThat(deadLetters).extracting(Message::body).containsExactly("poison");
        assertThat(queues.client().getQueueAttributes(r -> r.queueUrl(work)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributesAsStrings())
                .containsEntry("ApproximateNumberOfMessages", "0")
                .containsEntry("ApproximateNumberOfMessagesNotVisible", "0");
    }

    @Test
    void aStreamBatchThatKeepsFailingIsGivenUpFromItsFirstFailedRecordToTheOnFailureDestination() throws Exception {
        String destination = queues.createQueue("stream-failures", Map.of());
        String streamArn = tables.createTable(TableDefinition.of("things", KeyAttribute.s("id"))
                .withStream(StreamViewType.KEYS_ONLY)).latestStreamArn();
        for (String id : List.of("a", "poison", "c")) {
            tables.putItem(PutItemRequest.of("things", Item.of("id", AttributeValue.s(id))));
        }
        List<String> sequenceNumbers = tables.readStream(streamArn, null, 10).stream()
                .map(StreamRecord::sequenceNumber).toList();

        mappings.startStream(new StreamMapping("m2", "stream-consumer",
                "arn:aws:lambda:us-east-1:000000000000:function:stream-consumer", streamArn, 10, false, true, false, 1,
                queues.arnOf("stream-failures")));

        Message failure = await().atMost(Duration.ofSeconds(30)).until(
                () -> queues.client().receiveMessage(r -> r.queueUrl(destination).waitTimeSeconds(1)).messages(),
                messages -> !messages.isEmpty()).get(0);
        JsonNode record = JSON.readTree(failure.body());
        assertThat(record.path("requestContext").path("condition").asText()).isEqualTo("RetryAttemptsExhausted");
        assertThat(record.path("requestContext").path("functionArn").asText())
                .isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:stream-consumer");
        assertThat(record.path("DDBStreamBatchInfo").path("startSequenceNumber").asText()).isEqualTo(sequenceNumbers.get(1));
        assertThat(record.path("DDBStreamBatchInfo").path("endSequenceNumber").asText()).isEqualTo(sequenceNumbers.get(2));
        assertThat(record.path("DDBStreamBatchInfo").path("batchSize").asInt()).isEqualTo(2);
    }

    /** "Batching window", Lambda's "Using Lambda with Amazon SQS": the poller waits for more before invoking. */
    @Test
    void aMessageWaitsForOthersArrivingWithinTheBatchingWindow() throws InterruptedException {
        String queue = queues.createQueue("windowed", Map.of());
        mappings.startSqs(new SqsMapping("m3", "window-consumer", queues.arnOf("windowed"), 10, Duration.ofSeconds(3), true,
                SqsMapping.DEFAULT_CONCURRENCY));

        queues.client().sendMessage(m -> m.queueUrl(queue).messageBody("first"));
        // Spacing the stimulus, not waiting for a result: the later messages arrive inside the window.
        Thread.sleep(500);
        queues.client().sendMessage(m -> m.queueUrl(queue).messageBody("second"));
        queues.client().sendMessage(m -> m.queueUrl(queue).messageBody("third"));

        await().atMost(Duration.ofSeconds(20)).until(() -> delivered("window-consumer").size() == 3);
        // Without a window, two pollers would invoke three times; waiting, each poller's batch takes in what follows.
        assertThat(invocations.stream().filter(i -> i.function().equals("window-consumer")).count()).isLessThanOrEqualTo(2);
    }

    /** "BisectBatchOnFunctionError": a failing batch is split until the failing record stands alone. */
    @Test
    void bisectingNarrowsAFailingStreamBatchDownToThePoisonRecord() throws Exception {
        String destination = queues.createQueue("bisect-failures", Map.of());
        String streamArn = tables.createTable(TableDefinition.of("bisected", KeyAttribute.s("id"))
                .withStream(StreamViewType.KEYS_ONLY)).latestStreamArn();
        for (String id : List.of("a", "poison", "c")) {
            tables.putItem(PutItemRequest.of("bisected", Item.of("id", AttributeValue.s(id))));
        }

        mappings.startStream(new StreamMapping("m4", "bisecting-consumer",
                "arn:aws:lambda:us-east-1:000000000000:function:bisecting-consumer", streamArn, 10, false, false, true, 2,
                queues.arnOf("bisect-failures")));

        Message failure = await().atMost(Duration.ofSeconds(30)).until(
                () -> queues.client().receiveMessage(r -> r.queueUrl(destination).waitTimeSeconds(1)).messages(),
                messages -> !messages.isEmpty()).get(0);
        assertThat(JSON.readTree(failure.body()).path("DDBStreamBatchInfo").path("batchSize").asInt()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> succeeded("bisecting-consumer").contains("c"));
        assertThat(succeeded("bisecting-consumer")).containsExactly("a", "c");
    }

    /** "Amazon SQS example event" in Lambda's "Using Lambda with Amazon SQS": every record as Lambda renders it. */
    @Test
    void aRecordCarriesTheMessagesSystemAndMessageAttributesAsLambdaRendersThem() throws Exception {
        String queue = queues.createQueue("orders.fifo", Map.of(QueueAttributeName.FIFO_QUEUE, "true"));
        long before = System.currentTimeMillis();
        queues.client().sendMessage(m -> m.queueUrl(queue).messageBody("order-1").messageGroupId("customer-7")
                .messageDeduplicationId("dedup-1").messageAttributes(Map.of(
                        "kind", MessageAttributeValue.builder().dataType("String").stringValue("order").build(),
                        "lines", MessageAttributeValue.builder().dataType("Number.int").stringValue("3").build(),
                        "thumb", MessageAttributeValue.builder().dataType("Binary")
                                .binaryValue(SdkBytes.fromUtf8String("png")).build())));

        mappings.startSqs(new SqsMapping("m6", "fifo-consumer", queues.arnOf("orders.fifo"), 10, Duration.ZERO, true,
                SqsMapping.DEFAULT_CONCURRENCY));

        await().atMost(Duration.ofSeconds(30)).until(() -> succeeded("fifo-consumer").contains("order-1"));
        JsonNode record = invocations.stream().filter(i -> i.function().equals("fifo-consumer")).findFirst().orElseThrow()
                .event().path("Records").get(0);
        JsonNode attributes = record.path("attributes");
        assertThat(attributes.path("ApproximateReceiveCount").asText()).isEqualTo("1");
        assertThat(attributes.path("SentTimestamp").asLong()).isBetween(before - 1_000, System.currentTimeMillis());
        assertThat(attributes.path("ApproximateFirstReceiveTimestamp").asLong())
                .isGreaterThanOrEqualTo(attributes.path("SentTimestamp").asLong());
        assertThat(attributes.path("SenderId").asText()).isEqualTo("000000000000");
        assertThat(attributes.path("MessageGroupId").asText()).isEqualTo("customer-7");
        assertThat(attributes.path("MessageDeduplicationId").asText()).isEqualTo("dedup-1");
        assertThat(attributes.path("SequenceNumber").asText()).isNotEmpty();
        JsonNode messageAttributes = record.path("messageAttributes");
        assertThat(messageAttributes.path("kind").path("stringValue").asText()).isEqualTo("order");
        assertThat(messageAttributes.path("kind").path("dataType").asText()).isEqualTo("String");
        assertThat(messageAttributes.path("lines").path("stringValue").asText()).isEqualTo("3");
        assertThat(messageAttributes.path("lines").path("dataType").asText()).isEqualTo("Number.int");
        assertThat(messageAttributes.path("thumb").path("binaryValue").asText())
                .isEqualTo(Base64.getEncoder().encodeToString("png".getBytes(StandardCharsets.UTF_8)));
        assertThat(record.path("md5OfBody").asText()).isEqualTo(md5("order-1"));
        assertThat(record.path("eventSourceARN").asText()).isEqualTo(queues.arnOf("orders.fifo"));
    }

    /** A consumer JVM dying mid-batch loses nothing: the batch comes back after the visibility timeout, once. */
    @Test
    void aBatchWhoseConsumerDiesMidwayIsRedeliveredAfterTheVisibilityTimeout() {
        String queue = queues.createQueue("crashing", Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "2"));
        queues.client().sendMessage(m -> m.queueUrl(queue).messageBody("survivor"));

        mappings.startSqs(new SqsMapping("m5", "crashing-consumer", queues.arnOf("crashing"), 10, Duration.ZERO, true,
                SqsMapping.DEFAULT_CONCURRENCY));

        await().atMost(Duration.ofSeconds(30)).until(() -> succeeded("crashing-consumer").contains("survivor"));
        assertThat(invocations.stream().filter(i -> i.function().equals("crashing-consumer")).map(Invocation::failed)
                .toList()).containsExactly(true, false);
        await().atMost(Duration.ofSeconds(10)).until(() -> queues.client().getQueueAttributes(r -> r.queueUrl(queue)
                        .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributesAsStrings(),
                attributes -> attributes.values().stream().allMatch("0"::equals));
    }

    private static List<String> delivered(String function) {
        return invocations.stream().filter(i -> i.function().equals(function)).flatMap(i -> i.records().stream()).toList();
    }

    private static List<String> succeeded(String function) {
        return invocations.stream().filter(i -> i.function().equals(function) && !i.failed())
                .flatMap(i -> i.records().stream()).toList();
    }

    private static JsonNode parse(byte[] payload) {
        try {
            return JSON.readTree(payload);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String md5(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> recordsIn(byte[] payload) {
        try {
            List<String> records = new ArrayList<>();
            for (JsonNode record : JSON.readTree(payload).path("Records")) {
                records.add(record.has("body") ? record.path("body").asText()
                        : record.path("dynamodb").path("Keys").path("id").path("S").asText());
            }
            return records;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
