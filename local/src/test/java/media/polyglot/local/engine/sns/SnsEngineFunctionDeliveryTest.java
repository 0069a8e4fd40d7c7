package media.polyglot.local.engine.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.lambda.FunctionSpec;
import media.polyglot.local.engine.lambda.LambdaHost;
import media.polyglot.local.engine.sns.fixtures.SnsRecordingHandler;
import media.polyglot.local.engine.sqs.QueueEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Delivery to Lambda functions in real function JVMs: the event of "Invoking Lambda functions with
 * Amazon SNS notifications", Lambda's two retries of a failed asynchronous invocation ("How Lambda
 * handles errors and retries with asynchronous invocation"), and the dead-letter queue for a
 * function that does not exist (a client-side error, "Amazon SNS dead-letter queues").
 */
class SnsEngineFunctionDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FUNCTION_ARN = "arn:aws:lambda:us-east-1:000000000000:function:reader-notifier";

    private static Path records;
    private static QueueEngine queues;
    private static LambdaHost functions;
    private static SnsEngine sns;

    @BeforeAll
    static void start() throws Exception {
        records = Files.createTempFile("sns-deliveries", ".jsonl");
        Path testClasses = Path.of(SnsRecordingHandler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        queues = QueueEngine.start(URI.create("http://127.0.0.1:4566"), "us-east-1", "000000000000");
        functions = new LambdaHost("us-east-1", "000000000000");
        functions.register(new FunctionSpec("reader-notifier", SnsRecordingHandler.class.getName() + "::handleRequest",
                List.of(testClasses), 256, Duration.ofSeconds(10), Map.of("RECORD_FILE", records.toString())));
        sns = new SnsEngine(SnsSettings.of("us-east-1", "000000000000", "http://127.0.0.1:4566")
                .withDeliveryPolicy(new DeliveryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(50), 2,
                        Duration.ofMillis(50))), queues, functions);
    }

    @AfterAll
    static void stop() throws IOException {
        sns.close();
        functions.close();
        queues.close();
        Files.deleteIfExists(records);
    }

    @Test
    void aFunctionReceivesTheSnsEventWithOneRecord() throws Exception {
        String topic = sns.createTopic("published-articles", Map.of()).arn();
        String subscription = sns.subscribe(topic, "lambda", FUNCTION_ARN, Map.of()).arn();

        PublishResult published = sns.publish(new PublishRequest(topic, "article 7 is live", null,
                Map.of("language", MessageAttribute.string("de")), null, null));

        JsonNode record = JSON.readTree(await().atMost(Duration.ofSeconds(30))
                .until(() -> linesMentioning(published.messageId()), lines -> !lines.isEmpty()).get(0))
                .path("Records").get(0);
        assertThat(record.path("EventSource").asText()).isEqualTo("aws:sns");
        assertThat(record.path("EventVersion").asText()).isEqualTo("1.0");
        assertThat(record.path("EventSubscriptionArn").asText()).isEqualTo(subscription);
        JsonNode sns = record.path("Sns");
        assertThat(sns.path("Type").asText()).isEqualTo("Notification");
        assertThat(sns.path("TopicArn").asText()).isEqualTo(topic);
        assertThat(sns.path("Subject").isNull()).isTrue();
        assertThat(sns.path("Message").asText()).isEqualTo("article 7 is live");
        assertThat(sns.path("MessageAttributes").path("language").toString())
                .isEqualTo("{\"Type\":\"String\",\"Value\":\"de\"}");
        assertThat(sns.has("SigningCertUrl") && sns.has("UnsubscribeUrl")).isTrue();
    }

    @Test
    void aFailingFunctionIsTriedThreeTimesAsLambdaRetriesAsynchronousInvocations() {
        String topic = sns.createTopic("failing-articles", Map.of()).arn();
        sns.subscribe(topic, "lambda", FUNCTION_ARN, Map.of());

        PublishResult published = sns.publish(PublishRequest.of(topic, "please fail"));

        await().atMost(Duration.ofSeconds(30)).during(Duration.ofMillis(500))
                .until(() -> linesMentioning(published.messageId()).size() == 3);
    }

    @Test
    void aMessageForAFunctionThatDoesNotExistGoesToTheDeadLetterQueue() throws Exception {
        String topic = sns.createTopic("unread-articles", Map.of()).arn();
        String deadLetters = queues.createQueue("unread-dlq", Map.of());
        sns.subscribe(topic, "lambda", "arn:aws:lambda:us-east-1:000000000000:function:deleted", Map.of(
                "RedrivePolicy", "{\"deadLetterTargetArn\": \"" + queues.arnOf("unread-dlq") + "\"}"));

        PublishResult published = sns.publish(PublishRequest.of(topic, "nobody reads this"));

        Message deadLetter = await().atMost(Duration.ofSeconds(10)).until(() -> queues.client()
                .receiveMessage(r -> r.queueUrl(deadLetters).waitTimeSeconds(1)).messages(), m -> !m.isEmpty()).get(0);
        assertThat(JSON.readTree(deadLetter.body()).path("MessageId").asText()).isEqualTo(published.messageId());
    }

    private static List<String> linesMentioning(String text) throws IOException {
        return Files.readAllLines(records).stream().filter(line -> line.contains(text)).toList();
    }
}
