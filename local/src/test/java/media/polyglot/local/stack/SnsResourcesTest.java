package media.polyglot.local.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import media.polyglot.local.LocalRuntime;
import media.polyglot.local.LocalSettings;
import media.polyglot.local.template.AssemblyFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import media.polyglot.local.EdgeClients;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * AWS::SNS::Topic, AWS::SNS::Subscription (a filter policy as a JSON object, as CloudFormation
 * takes it) and AWS::SNS::TopicPolicy from a hand-written template, reached through the edge with
 * stock SDK clients; and an EventBridge rule whose target is a topic.
 */
class SnsResourcesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path assembly;

    private static LocalRuntime runtime;
    private static SnsClient sns;
    private static SqsClient sqs;
    private static EventBridgeClient events;

    @BeforeAll
    static void start() throws Exception {
        AssemblyFixture.write(assembly, """
                {"Resources": {
                  "German": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "german-readers"}},
                  "Everything": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "all-readers"}},
                  "Articles": {"Type": "AWS::SNS::Topic", "Properties": {"TopicName": "articles",
                      "Subscription": [{"Protocol": "sqs", "Endpoint": {"Fn::GetAtt": ["Everything", "Arn"]}}]}},
                  "GermanOnly": {"Type": "AWS::SNS::Subscription", "Properties": {
                      "TopicArn": {"Ref": "Articles"}, "Protocol": "sqs", "Endpoint": {"Fn::GetAtt": ["German", "Arn"]},
                      "RawMessageDelivery": true, "FilterPolicy": {"language": ["de"]}}},
                  "Mail": {"Type": "AWS::SNS::Subscription", "Properties": {
                      "TopicArn": {"Ref": "Articles"}, "Protocol": "email", "Endpoint": "editor@example.com"}},
                  "ArticlesPolicy": {"Type": "AWS::SNS::TopicPolicy", "Properties": {"Topics": [{"Ref": "Articles"}]}},
                  "Published": {"Type": "AWS::Events::Rule", "Properties": {
                      "EventPattern": {"detail-type": ["ContentPublished"]},
                      "Targets": [{"Id": "articles", "Arn": {"Ref": "Articles"}}]}}}}""");
        runtime = LocalRuntime.start(LocalSettings.defaults(assembly).withEdgePort(0));
        sns = client(SnsClient.builder());
        sqs = client(SqsClient.builder());
        events = client(EventBridgeClient.builder());
    }

    @AfterAll
    static void stop() {
        sns.close();
        sqs.close();
        events.close();
        runtime.close();
    }

    @Test
    void theTemplatesTopicAndSubscriptionsRunAndWhatDoesNotRunIsReported() {
        assertThat(sns.listTopics().topics()).singleElement()
                .satisfies(topic -> assertThat(topic.topicArn()).isEqualTo("arn:aws:sns:us-east-1:000000000000:articles"));
        assertThat(runtime.stacks().get(0).notRun()).containsExactlyInAnyOrder(
                "Mail (AWS::SNS::Subscription): protocol email is not delivered locally: only sqs and lambda"
                        + " subscriptions run",
                "ArticlesPolicy (AWS::SNS::TopicPolicy): resource policies are not enforced locally");
    }

    @Test
    void theFilteredSubscriptionReceivesOnlyItsLanguage() {
        String topic = "arn:aws:sns:us-east-1:000000000000:articles";
        for (String language : List.of("en", "de")) {
            sns.publish(p -> p.topicArn(topic).message("article in " + language).messageAttributes(Map.of("language",
                    MessageAttributeValue.builder().dataType("String").stringValue(language).build())));
        }

        String german = sqs.getQueueUrl(q -> q.queueName("german-readers")).queueUrl();
        List<Message> received = await().atMost(Duration.ofSeconds(10)).until(() -> sqs.receiveMessage(r -> r
                .queueUrl(german).maxNumberOfMessages(10).waitTimeSeconds(1)).messages(), m -> !m.isEmpty());
        assertThat(received).extracting(Message::body).containsExactly("article in de");
    }

    @Test
    void anEventMatchingARuleWithATopicTargetIsPublishedAsTheWholeEvent() throws Exception {
        events.putEvents(p -> p.entries(e -> e.source("polyglot.publishing").detailType("ContentPublished")
                .detail("{\"contentId\": \"c-42\"}")));

        String all = sqs.getQueueUrl(q -> q.queueName("all-readers")).queueUrl();
        JsonNode document = await().atMost(Duration.ofSeconds(10)).until(() -> sqs.receiveMessage(r -> r
                        .queueUrl(all).maxNumberOfMessages(10).waitTimeSeconds(1)).messages().stream()
                        .map(m -> readTree(m.body())).filter(d -> d.path("Message").asText().contains("c-42")).toList(),
                documents -> !documents.isEmpty()).get(0);
        JsonNode event = JSON.readTree(document.path("Message").asText());
        assertThat(document.path("TopicArn").asText()).isEqualTo("arn:aws:sns:us-east-1:000000000000:articles");
        assertThat(event.path("detail-type").asText()).isEqualTo("ContentPublished");
        assertThat(event.path("source").asText()).isEqualTo("polyglot.publishing");
        assertThat(event.path("detail").path("contentId").asText()).isEqualTo("c-42");
    }

    private static JsonNode readTree(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException("queue message is not JSON: " + body, e);
        }
    }

    private static <B extends AwsClientBuilder<B, C>, C> C client(B builder) {
        return EdgeClients.at(builder, runtime.edgeUrl());
    }
}
