package media.polyglot.local.engine.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.sqs.QueueEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Delivery to SQS queues on ElasticMQ, as "Fanout to Amazon SQS queues", "Amazon SNS raw message
 * delivery", "Amazon SNS dead-letter queues" and "Message deduplication for FIFO topics" describe.
 */
class SnsEngineQueueDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static QueueEngine queues;
    private static SnsEngine sns;

    @BeforeAll
    static void start() {
        queues = QueueEngine.start(URI.create("http://127.0.0.1:4566"), "us-east-1", "000000000000");
        sns = new SnsEngine(SnsSettings.of("us-east-1", "000000000000", "http://127.0.0.1:4566")
                .withDeliveryPolicy(new DeliveryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(50), 0,
                        Duration.ofMillis(20))), queues, null); // no function subscriptions in this class
    }

    @AfterAll
    static void stop() {
        sns.close();
        queues.close();
    }

    @Test
    void aQueueReceivesTheMessageWrappedInTheSnsDocument() throws Exception {
        String topic = sns.createTopic("wrapped", Map.of()).arn();
        String queue = queues.createQueue("wrapped-inbox", Map.of());
        String subscription = sns.subscribe(topic, "sqs", queues.arnOf("wrapped-inbox"), Map.of()).arn();

        PublishResult published = sns.publish(new PublishRequest(topic, "Hello world!", "Greetings",
                Map.of("store", MessageAttribute.string("example_corp")), null, null));

        JsonNode body = JSON.readTree(receiveOne(queue).body());
        assertThat(body.path("Type").asText()).isEqualTo("Notification");
        assertThat(body.path("MessageId").asText()).isEqualTo(published.messageId());
        assertThat(body.path("TopicArn").asText()).isEqualTo(topic);
        assertThat(body.path("Subject").asText()).isEqualTo("Greetings");
        assertThat(body.path("Message").asText()).isEqualTo("Hello world!");
        assertThat(body.path("SignatureVersion").asText()).isEqualTo("1");
        assertThat(body.path("UnsubscribeURL").asText())
                .isEqualTo("http://127.0.0.1:4566/?Action=Unsubscribe&SubscriptionArn=" + subscription);
        assertThat(body.path("MessageAttributes").path("store").toString())
                .isEqualTo("{\"Type\":\"String\",\"Value\":\"example_corp\"}");
        assertThat(body.has("Timestamp") && body.has("Signature") && body.has("SigningCertURL")).isTrue();
    }

    @Test
    void rawDeliverySendsTheMessageAsItIsWithItsAttributesAsQueueMessageAttributes() {
        String topic = sns.createTopic("raw", Map.of()).arn();
        String queue = queues.createQueue("raw-inbox", Map.of());
        sns.subscribe(topic, "sqs", queues.arnOf("raw-inbox"), Map.of("RawMessageDelivery", "true"));

        sns.publish(new PublishRequest(topic, "{\"language\": \"de\"}", null,
                Map.of("language", MessageAttribute.string("de"), "words", MessageAttribute.number("120")), null, null));

        Message received = receiveOne(queue);
        assertThat(received.body()).isEqualTo("{\"language\": \"de\"}");
        assertThat(received.messageAttributes()).containsOnly(
                Map.entry("language", MessageAttributeValue.builder().dataType("String").stringValue("de").build()),
                Map.entry("words", MessageAttributeValue.builder().dataType("Number").stringValue("120").build()));
    }

    @Test
    void aMessageTheFilterPolicyRefusesIsNotDelivered() {
        String topic = sns.createTopic("filtered", Map.of()).arn();
        String queue = queues.createQueue("filtered-inbox", Map.of());
        sns.subscribe(topic, "sqs", queues.arnOf("filtered-inbox"), Map.of(
                "RawMessageDelivery", "true", "FilterPolicy", "{\"language\": [\"de\", \"fr\"]}"));

        sns.publish(new PublishRequest(topic, "english", null, Map.of("language", MessageAttribute.string("en")),
                null, null));
        sns.publish(new PublishRequest(topic, "german", null, Map.of("language", MessageAttribute.string("de")),
                null, null));
        sns.publish(PublishRequest.of(topic, "no attributes"));

        assertThat(receiveOne(queue).body()).isEqualTo("german");
        assertThat(queueDepth(queue)).isEqualTo("0");
    }

    @Test
    void aBodyScopedPolicyFiltersOnTheMessageItself() {
        String topic = sns.createTopic("body-filtered", Map.of()).arn();
        String queue = queues.createQueue("body-filtered-inbox", Map.of());
        sns.subscribe(topic, "sqs", queues.arnOf("body-filtered-inbox"), Map.of("RawMessageDelivery", "true",
                "FilterPolicyScope", "MessageBody", "FilterPolicy", "{\"category\": [{\"prefix\": \"sport\"}]}"));

        sns.publish(PublishRequest.of(topic, "{\"category\": \"politics\"}"));
        sns.publish(PublishRequest.of(topic, "{\"category\": \"sports/rugby\"}"));

        assertThat(receiveOne(queue).body()).isEqualTo("{\"category\": \"sports/rugby\"}");
        assertThat(queueDepth(queue)).isEqualTo("0");
    }

    @Test
    void aMessageForAQueueThatNoLongerExistsGoesToTheSubscriptionsDeadLetterQueue() throws Exception {
        String topic = sns.createTopic("orphaned", Map.of()).arn();
        String deadLetters = queues.createQueue("orphaned-dlq", Map.of());
        sns.subscribe(topic, "sqs", queues.arnOf("deleted-queue"), Map.of("RedrivePolicy",
                "{\"deadLetterTargetArn\": \"" + queues.arnOf("orphaned-dlq") + "\"}"));

        PublishResult published = sns.publish(PublishRequest.of(topic, "lost"));

        JsonNode body = JSON.readTree(receiveOne(deadLetters).body());
        assertThat(body.path("MessageId").asText()).isEqualTo(published.messageId());
        assertThat(body.path("Message").asText()).isEqualTo("lost");
    }

    @Test
    void aFifoTopicDeliversInOrderToAFifoQueueAndDropsADuplicate() {
        String topic = sns.createTopic("articles.fifo", Map.of("FifoTopic", "true", "ContentBasedDeduplication", "true"))
                .arn();
        String queue = queues.createQueue("articles.fifo", Map.of(QueueAttributeName.FIFO_QUEUE, "true"));
        sns.subscribe(topic, "sqs", queues.arnOf("articles.fifo"), Map.of("RawMessageDelivery", "true"));

        PublishResult first = sns.publish(new PublishRequest(topic, "revision-1", null, Map.of(), "article-7", null));
        PublishResult second = sns.publish(new PublishRequest(topic, "revision-2", null, Map.of(), "article-7", null));
        PublishResult repeated = sns.publish(new PublishRequest(topic, "revision-1", null, Map.of(), "article-7", null));

        assertThat(repeated).isEqualTo(first);
        assertThat(new BigInteger(second.sequenceNumber()))
                .isGreaterThan(new BigInteger(first.sequenceNumber()));
        List<Message> received = await().atMost(Duration.ofSeconds(10)).until(() -> queues.client()
                .receiveMessage(r -> r.queueUrl(queue).maxNumberOfMessages(10).waitTimeSeconds(1)).messages(),
                messages -> messages.size() == 2);
        assertThat(received).extracting(Message::body).containsExactly("revision-1", "revision-2");
    }

    private static Message receiveOne(String queueUrl) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> queues.client()
                .receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1)
                        .messageAttributeNames("All")).messages(), messages -> !messages.isEmpty()).get(0);
    }

    private static String queueDepth(String queueUrl) {
        return queues.client().getQueueAttributes(r -> r.queueUrl(queueUrl)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)).attributesAsStrings()
                .get("ApproximateNumberOfMessages");
    }
}
