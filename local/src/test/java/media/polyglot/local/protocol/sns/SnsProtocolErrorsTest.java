package media.polyglot.local.protocol.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sns.model.InvalidParameterException;
import software.amazon.awssdk.services.sns.model.NotFoundException;

/** SNS's errors through the edge: codes, statuses and wording as AWS answers them ("Common errors", the SNS API reference). */
class SnsProtocolErrorsTest {

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
    void anUnknownActionIsAnInvalidActionInSnsErrorXml() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        local.edge.url() + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/sns/aws4_request,"
                        + " SignedHeaders=host, Signature=0")
                .POST(HttpRequest.BodyPublishers.ofString("Action=Frobnicate&Version=2010-03-31")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).matches("<ErrorResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\">"
                + "<Error><Type>Sender</Type><Code>InvalidAction</Code>"
                + "<Message>Could not find operation Frobnicate for version 2010-03-31</Message></Error>"
                + "<RequestId>[0-9a-f-]{36}</RequestId></ErrorResponse>");
    }

    @Test
    void publishingToAnUnknownTopicIsNotFound() {
        assertThatThrownBy(() -> local.sns.publish(p -> p.topicArn("arn:aws:sns:us-east-1:000000000000:nowhere")
                .message("hello")))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NotFound");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Topic does not exist");
                });
    }

    @Test
    void anInvalidTopicNameIsAnInvalidParameter() {
        assertThatThrownBy(() -> local.sns.createTopic(t -> t.name("no spaces allowed")))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Invalid parameter: Topic Name");
                });
    }

    @Test
    void aFifoTopicRefusesAMessageWithoutAGroup() {
        String topic = local.sns.createTopic(t -> t.name("strict.fifo").attributes(Map.of("FifoTopic", "true")))
                .topicArn();

        assertThatThrownBy(() -> local.sns.publish(p -> p.topicArn(topic).message("hello")))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.awsErrorDetails()
                        .errorMessage()).isEqualTo("Invalid parameter: The MessageGroupId parameter is required for"
                        + " FIFO topics"));
    }

    @Test
    void aFilterPolicyThatIsNotJsonIsRefusedNamingTheAttribute() {
        String topic = local.sns.createTopic(t -> t.name("picky")).topicArn();
        String subscription = local.sns.subscribe(s -> s.topicArn(topic).protocol("sqs")
                .endpoint(local.queues.arnOf("picky-inbox"))).subscriptionArn();

        assertThatThrownBy(() -> local.sns.setSubscriptionAttributes(s -> s.subscriptionArn(subscription)
                .attributeName("FilterPolicy").attributeValue("{not json")))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.awsErrorDetails()
                        .errorMessage()).startsWith("Invalid parameter: Attributes Reason: FilterPolicy: failed to parse"
                        + " JSON."));
    }

    @Test
    void anUnknownSubscriptionIsNotFound() {
        assertThatThrownBy(() -> local.sns.getSubscriptionAttributes(g -> g.subscriptionArn(
                "arn:aws:sns:us-east-1:000000000000:picky:00000000-0000-0000-0000-000000000000")))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("Subscription does not exist"));
    }
}
