package media.polyglot.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import media.polyglot.local.template.AssemblyFixture;
import media.polyglot.local.template.TemplateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** The runtime on hand-written templates, driven through the edge with stock SDK clients. */
class LocalRuntimeTest {

    @TempDir
    Path assembly;

    @Test
    void anEventPutOnTheTemplatesBusReachesTheRulesQueueThroughTheEdge() throws Exception {
        write("""
                {"Resources": {
                  "Bus": {"Type": "AWS::Events::EventBus", "Properties": {"Name": "orders"}},
                  "Inbox": {"Type": "AWS::SQS::Queue"},
                  "Table": {"Type": "AWS::DynamoDB::Table", "Properties": {
                      "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}],
                      "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}]}},
                  "Role": {"Type": "AWS::IAM::Role"},
                  "Rule": {"Type": "AWS::Events::Rule", "Properties": {
                      "EventBusName": {"Ref": "Bus"},
                      "EventPattern": {"detail-type": ["OrderPlaced"], "detail": {"total": [{"numeric": [">", 100]}]}},
                      "Targets": [{"Id": "inbox", "Arn": {"Fn::GetAtt": ["Inbox", "Arn"]}}]}}}}""");

        try (LocalRuntime runtime = LocalRuntime.start(LocalSettings.defaults(assembly).withEdgePort(0));
             EventBridgeClient events = client(EventBridgeClient.builder(), runtime);
             SqsClient sqs = client(SqsClient.builder(), runtime);
             DynamoDbClient dynamoDb = client(DynamoDbClient.builder(), runtime)) {

            assertThat(runtime.stacks().get(0).notRun())
                    .containsExactly("Role (AWS::IAM::Role): IAM is not enforced locally");
            assertThat(dynamoDb.listTables().tableNames()).containsExactly("Polyglot-dev-Table");
            events.putEvents(p -> p.entries(
                    e -> e.eventBusName("orders").source("shop").detailType("OrderPlaced").detail("{\"total\": 250}"),
                    e -> e.eventBusName("orders").source("shop").detailType("OrderPlaced").detail("{\"total\": 50}")));

            String inbox = sqs.getQueueUrl(q -> q.queueName("Polyglot-dev-Inbox")).queueUrl();
            List<Message> received = await().atMost(Duration.ofSeconds(10)).until(
                    () -> sqs.receiveMessage(r -> r.queueUrl(inbox).maxNumberOfMessages(10).waitTimeSeconds(1)).messages(),
                    messages -> !messages.isEmpty());
            assertThat(received).singleElement().satisfies(m -> assertThat(m.body()).contains("\"total\":250"));
        }
    }

    @Test
    void aServiceTheEdgeDoesNotServeGetsAnAwsErrorNamingIt() throws Exception {
        write("{\"Resources\": {}}");

        try (LocalRuntime runtime = LocalRuntime.start(LocalSettings.defaults(assembly).withEdgePort(0))) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(runtime.edgeUrl())
                    .header("Authorization", "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/kinesis/aws4_request,"
                            + " SignedHeaders=host, Signature=0")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("the local runtime does not serve the AWS service 'kinesis'");
        }
    }

    @Test
    void aFunctionWhoseAssetIsMissingFailsStartUpNamingTheResource() throws Exception {
        write("""
                {"Resources": {"Worker": {"Type": "AWS::Lambda::Function", "Properties": {
                    "Runtime": "java21", "Handler": "x.Handler", "Code": {"S3Bucket": "b", "S3Key": "missing.jar"}}}}}""");

        assertThatThrownBy(() -> LocalRuntime.start(LocalSettings.defaults(assembly).withEdgePort(0)))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("no asset has object key missing.jar");
    }

    @Test
    void aRuleWithAnInvalidPatternFailsStartUpNamingTheResourceAndReason() throws Exception {
        write("""
                {"Resources": {"Rule": {"Type": "AWS::Events::Rule", "Properties": {
                    "EventPattern": {"source": "not-an-array"}, "Targets": []}}}}""");

        assertThatThrownBy(() -> LocalRuntime.start(LocalSettings.defaults(assembly).withEdgePort(0)))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("Rule (AWS::Events::Rule, Rule) cannot start: event pattern of rule"
                        + " Polyglot-dev-Rule on bus default is not valid");
    }

    private void write(String template) throws Exception {
        AssemblyFixture.write(assembly, template);
    }

    private static <B extends AwsClientBuilder<B, C>, C> C client(B builder, LocalRuntime runtime) {
        return EdgeClients.at(builder, runtime.edgeUrl());
    }
}
