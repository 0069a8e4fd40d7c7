package media.polyglot.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import media.polyglot.local.template.AssemblyFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** {@code up --data-dir}: a restart keeps queues and messages, tables and streams, archives, and deliveries waiting to retry. */
class DataDirectoryTest {

    @TempDir
    Path assembly;

    @TempDir
    Path data;

    @Test
    void aRestartLosesNothing() throws Exception {
        AssemblyFixture.write(assembly, """
                {"Resources": {
                  "Bus": {"Type": "AWS::Events::EventBus", "Properties": {"Name": "polyglot"}},
                  "Archive": {"Type": "AWS::Events::Archive", "Properties": {"ArchiveName": "all",
                      "SourceArn": {"Fn::GetAtt": ["Bus", "Arn"]}}},
                  "Inbox": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "inbox"}},
                  "Later": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "later"}},
                  "Table": {"Type": "AWS::DynamoDB::Table", "Properties": {"TableName": "things",
                      "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}],
                      "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
                      "StreamSpecification": {"StreamViewType": "NEW_IMAGE"}}},
                  "Rule": {"Type": "AWS::Events::Rule", "Properties": {"EventBusName": {"Ref": "Bus"},
                      "EventPattern": {"source": ["kept"]},
                      "Targets": [{"Id": "inbox", "Arn": {"Fn::GetAtt": ["Inbox", "Arn"]}},
                                  {"Id": "later", "Arn": {"Fn::GetAtt": ["Later", "Arn"]},
                                   "RetryPolicy": {"MaximumRetryAttempts": 185, "MaximumEventAgeInSeconds": 3600}}]}}}}""");
        LocalSettings settings = LocalSettings.defaults(assembly).withEdgePort(0).withDataDir(data);

        try (LocalRuntime runtime = LocalRuntime.start(settings);
             SqsClient sqs = client(SqsClient.builder(), runtime);
             DynamoDbClient dynamoDb = client(DynamoDbClient.builder(), runtime);
             EventBridgeClient events = client(EventBridgeClient.builder(), runtime)) {
            String inbox = sqs.getQueueUrl(q -> q.queueName("inbox")).queueUrl();
            sqs.sendMessage(m -> m.queueUrl(inbox).messageBody("sent before the restart"));
            // The "later" target is out of reach until the restart: its delivery waits to be retried.
            makeUnavailable(runtime, "arn:aws:sqs:us-east-1:000000000000:later");
            dynamoDb.putItem(p -> p.tableName("things").item(Map.of("id", AttributeValue.fromS("t-1"))));
            events.putEvents(p -> p.entries(e -> e.eventBusName("polyglot").source("kept").detailType("Kept").detail("{}")));
            await().atMost(Duration.ofSeconds(10)).until(() -> runtime.hops().after(0, 0).stream()
                    .filter(hop -> hop.resource().endsWith(":later")).count() >= 1);
        }

        try (LocalRuntime runtime = LocalRuntime.start(settings);
             SqsClient sqs = client(SqsClient.builder(), runtime);
             DynamoDbClient dynamoDb = client(DynamoDbClient.builder(), runtime);
             DynamoDbStreamsClient streams = client(DynamoDbStreamsClient.builder(), runtime);
             EventBridgeClient events = client(EventBridgeClient.builder(), runtime)) {
            String inbox = sqs.getQueueUrl(q -> q.queueName("inbox")).queueUrl();
            List<Message> kept = sqs.receiveMessage(r -> r.queueUrl(inbox).maxNumberOfMessages(10)).messages();
            assertThat(kept).extracting(Message::body).anyMatch(body -> body.equals("sent before the restart"))
                    .anyMatch(body -> body.contains("\"source\":\"kept\""));
            assertThat(dynamoDb.getItem(g -> g.tableName("things").key(Map.of("id", AttributeValue.fromS("t-1"))))
                    .item()).containsKey("id");
            String streamArn = streams.listStreams().streams().get(0).streamArn();
            String shard = streams.describeStream(d -> d.streamArn(streamArn)).streamDescription().shards().get(0).shardId();
            String iterator = streams.getShardIterator(g -> g.streamArn(streamArn).shardId(shard)
                    .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
            assertThat(streams.getRecords(g -> g.shardIterator(iterator)).records()).hasSize(1);
            assertThat(events.describeArchive(d -> d.archiveName("all")).eventCount()).isEqualTo(1);

            String later = sqs.getQueueUrl(q -> q.queueName("later")).queueUrl();
            List<Message> resumed = await().atMost(Duration.ofSeconds(60)).until(
                    () -> sqs.receiveMessage(r -> r.queueUrl(later).waitTimeSeconds(1)).messages(), m -> !m.isEmpty());
            assertThat(resumed.get(0).body()).contains("\"source\":\"kept\"");
        }
    }

    private static void makeUnavailable(LocalRuntime runtime, String targetArn) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        runtime.edgeUrl().resolve("/_polyglot/faults"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"unavailableTargets\": [\"" + targetArn + "\"]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static <B extends AwsClientBuilder<B, C>, C> C client(B builder, LocalRuntime runtime) {
        return EdgeClients.at(builder, runtime.edgeUrl());
    }
}
