package media.polyglot.local.protocol.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishBatchResponse;
import software.amazon.awssdk.services.sns.model.PublishResponse;
import software.amazon.awssdk.services.sns.model.Subscription;
import software.amazon.awssdk.services.sns.model.Topic;
import software.amazon.awssdk.services.sqs.model.Message;

/** Every served SNS operation through the edge with the stock AWS SDK v2 client, as the SNS API reference describes them. */
class SnsProtocolSdkTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static SnsEdge local;

    @BeforeAll
    static void start() {
        local = new SnsEdge();
    }

    @AfterAll
    static void stop() {
        local.close();
    }

    @Test
    void topicsAreCreatedIdempotentlyListedDescribedAndDeleted() {
        String arn = local.sns.createTopic(t -> t.name("readers").attributes(Map.of("DisplayName", "Readers"))).topicArn();

        assertThat(arn).isEqualTo("arn:aws:sns:us-east-1:000000000000:readers");
        assertThat(local.sns.createTopic(t -> t.name("readers")).topicArn()).isEqualTo(arn);
        assertThat(local.sns.listTopics().topics()).extracting(Topic::topicArn).contains(arn);
        assertThat(local.sns.getTopicAttributes(a -> a.topicArn(arn)).attributes())
                .containsEntry("TopicArn", arn)
                .containsEntry("DisplayName", "Readers")
                .containsEntry("Owner", "000000000000")
                .containsEntry("SubscriptionsConfirmed", "0");

        local.sns.deleteTopic(d -> d.topicArn(arn));

        assertThat(local.sns.listTopics().topics()).extracting(Topic::topicArn).doesNotContain(arn);
    }

    @Test
    void subscriptionsCarryTheirAttributesAndCanBeChangedListedAndRemoved() {
        String topic = local.sns.createTopic(t -> t.name("editions")).topicArn();
        String queueArn = local.queues.arnOf("editions-inbox");
        local.queues.createQueue("editions-inbox", Map.of());
        String subscription = local.sns.subscribe(s -> s.topicArn(topic).protocol("sqs").endpoint(queueArn)
                .attributes(Map.of("RawMessageDelivery", "true", "FilterPolicy", "{\"language\": [\"de\"]}")))
                .subscriptionArn();

        local.sns.setSubscriptionAttributes(s -> s.subscriptionArn(subscription).attributeName("RedrivePolicy")
                .attributeValue("{\"deadLetterTargetArn\": \"" + local.queues.arnOf("editions-dlq") + "\"}"));

        assertThat(local.sns.getSubscriptionAttributes(g -> g.subscriptionArn(subscription)).attributes())
                .containsEntry("SubscriptionArn", subscription)
                .containsEntry("TopicArn", topic)
                .containsEntry("Protocol", "sqs")
                .containsEntry("Endpoint", queueArn)
                .containsEntry("PendingConfirmation", "false")
                .containsEntry("RawMessageDelivery", "true")
                .containsEntry("FilterPolicy", "{\"language\": [\"de\"]}")
                .containsEntry("FilterPolicyScope", "MessageAttributes")
                .containsEntry("RedrivePolicy", "{\"deadLetterTargetArn\": \"" + local.queues.arnOf("editions-dlq") + "\"}");
        assertThat(local.sns.listSubscriptionsByTopic(l -> l.topicArn(topic)).subscriptions())
                .extracting(Subscription::subscriptionArn, Subscription::protocol, Subscription::endpoint)
                .containsExactly(Tuple.tuple(subscription, "sqs", queueArn));
        assertThat(local.sns.listSubscriptions().subscriptions()).extracting(Subscription::subscriptionArn)
                .contains(subscription);

        local.sns.unsubscribe(u -> u.subscriptionArn(subscription));

        assertThat(local.sns.listSubscriptionsByTopic(l -> l.topicArn(topic)).subscriptions()).isEmpty();
    }

    @Test
    void aPublishedMessageWithAttributesReachesAWrappedAndARawQueue() throws Exception {
        String topic = local.sns.createTopic(t -> t.name("articles")).topicArn();
        String wrapped = local.queues.createQueue("articles-wrapped", Map.of());
        String raw = local.queues.createQueue("articles-raw", Map.of());
        local.sns.subscribe(s -> s.topicArn(topic).protocol("sqs").endpoint(local.queues.arnOf("articles-wrapped")));
        local.sns.subscribe(s -> s.topicArn(topic).protocol("sqs").endpoint(local.queues.arnOf("articles-raw"))
                .attributes(Map.of("RawMessageDelivery", "true")));

        PublishResponse published = local.sns.publish(p -> p.topicArn(topic).message("article 7 is live")
                .subject("Published").messageAttributes(Map.of(
                        "language", MessageAttributeValue.builder().dataType("String").stringValue("de").build(),
                        "thumbnail", MessageAttributeValue.builder().dataType("Binary")
                                .binaryValue(SdkBytes.fromUtf8String("png")).build())));

        JsonNode document = JSON.readTree(receiveOne(wrapped).body());
        assertThat(document.path("MessageId").asText()).isEqualTo(published.messageId());
        assertThat(document.path("Subject").asText()).isEqualTo("Published");
        assertThat(document.path("Message").asText()).isEqualTo("article 7 is live");
        assertThat(document.path("MessageAttributes").path("thumbnail").toString())
                .isEqualTo("{\"Type\":\"Binary\",\"Value\":\"cG5n\"}");
        Message rawMessage = receiveOne(raw);
        assertThat(rawMessage.body()).isEqualTo("article 7 is live");
        assertThat(rawMessage.messageAttributes().get("language").stringValue()).isEqualTo("de");
        assertThat(rawMessage.messageAttributes().get("thumbnail").binaryValue().asUtf8String()).isEqualTo("png");
    }

    @Test
    void aBatchPublishesEachEntryOnItsOwnAndReportsTheOnesThatFail() {
        String topic = local.sns.createTopic(t -> t.name("batched")).topicArn();

        PublishBatchResponse response = local.sns.publishBatch(b -> b.topicArn(topic).publishBatchRequestEntries(
                e -> e.id("first").message("one"),
                e -> e.id("empty").message(""),
                e -> e.id("second").message("two").messageAttributes(Map.of("language",
                        MessageAttributeValue.builder().dataType("String").stringValue("fr").build()))));

        assertThat(response.successful()).extracting(s -> s.id()).containsExactly("first", "second");
        assertThat(response.successful()).allSatisfy(s -> assertThat(s.messageId()).isNotBlank());
        assertThat(response.failed()).singleElement().satisfies(failure -> {
            assertThat(failure.id()).isEqualTo("empty");
            assertThat(failure.code()).isEqualTo("InvalidParameter");
            assertThat(failure.message()).isEqualTo("Invalid parameter: Empty message");
            assertThat(failure.senderFault()).isTrue();
        });
    }

    @Test
    void aFifoTopicAnswersASequenceNumber() {
        String topic = local.sns.createTopic(t -> t.name("ordered.fifo")
                .attributes(Map.of("FifoTopic", "true", "ContentBasedDeduplication", "true"))).topicArn();

        PublishResponse published = local.sns.publish(p -> p.topicArn(topic).message("revision-1")
                .messageGroupId("article-7"));

        assertThat(published.sequenceNumber()).hasSize(20);
        assertThat(local.sns.publish(p -> p.topicArn(topic).message("revision-1").messageGroupId("article-7"))
                .messageId()).isEqualTo(published.messageId());
    }

    private static Message receiveOne(String queueUrl) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> local.sqs.receiveMessage(r -> r.queueUrl(queueUrl)
                .waitTimeSeconds(1).messageAttributeNames("All")).messages(), messages -> !messages.isEmpty()).get(0);
    }
}
