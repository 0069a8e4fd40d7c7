package media.polyglot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The walking skeleton on the selected target: content submitted over its Function URL reaches the history
 * with its correlation id; what the content API refuses writes nothing; an outbox row that breaks its contract
 * is parked with its reason.
 */
@ExtendWith(SharedTarget.class)
class SubmissionScenariosTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Target target;
    private static SubmissionScenario scenario;

    @BeforeAll
    static void start(Target shared) {
        target = shared;
        scenario = new SubmissionScenario(target);
    }

    @Test
    void submittedContentReachesHistoryWithItsCorrelationId() throws Exception {
        long startedAt = System.nanoTime();
        JsonNode event = scenario.submittedContentReachesHistory(FlowScenario.PATIENCE);
        System.out.printf("submit -> history (cold functions) in %d ms%n", (System.nanoTime() - startedAt) / 1_000_000);

        assertThat(event.path("envelope").path("metadata").path("producer").asText()).isEqualTo("content");
        assertThat(event.path("envelope").path("metadata").path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(event.path("envelope").path("data").path("targetLanguages"))
                .extracting(JsonNode::asText).containsExactly("de", "fr", "es");

        long warmAt = System.nanoTime();
        scenario.submittedContentReachesHistory(Duration.ofMinutes(1));
        System.out.printf("submit -> history (warm functions) in %d ms%n", (System.nanoTime() - warmAt) / 1_000_000);
    }

    @Test
    void malformedJsonIsRefusedWith400AndAReasonAndWritesNothing() throws Exception {
        int outboxRecordsBefore = outboxStreamRecords();

        HttpResponse<String> response = scenario.submit("{\"title\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(outboxStreamRecords()).isEqualTo(outboxRecordsBefore);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.path("code").asText()).isEqualTo("InvalidContent");
        assertThat(error.path("message").asText()).startsWith("the body is not valid JSON");
    }

    @Test
    void aMissingFieldIsRefusedWith400NamingItAndWritesNothing() throws Exception {
        int outboxRecordsBefore = outboxStreamRecords();

        HttpResponse<String> response = scenario.submit(
                "{\"title\": \"t\", \"body\": \"b\", \"category\": \"news\", \"targetLanguages\": []}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(outboxStreamRecords()).isEqualTo(outboxRecordsBefore);
        assertThat(JSON.readTree(response.body()).path("message").asText())
                .isEqualTo("language must be a BCP 47 language tag such as \"en\" or \"pt-BR\", was missing");
    }

    @Test
    void anUnsignedRequestIsForbiddenAsIamAuthRequires() throws Exception {
        HttpResponse<String> response = scenario.submitUnsigned(SubmissionScenario.ARTICLE);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEqualTo("{\"Message\":\"Forbidden\"}");
    }

    @Test
    void aRequestSignedWithAWrongSecretIsForbidden() throws Exception {
        SignedHttp impostor = new SignedHttp(AwsCredentialsIdentity.create(target.credentials().accessKeyId(),
                "not-the-secret"), target.region());

        HttpResponse<String> response = impostor.send("POST", target.contentApi().resolve("/content"),
                SubmissionScenario.ARTICLE, Map.of("Content-Type", "application/json"));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void anOutboxRowThatBreaksItsContractIsParkedWithItsReasonAndNeverPublished() {
        try (DynamoDbClient dynamoDb = client(DynamoDbClient.builder()); SqsClient sqs = client(SqsClient.builder())) {
            String outbox = target.physicalId("ContentOutboxTable");
            String deadLetters = target.physicalId("ContentRelayDeadLetterQueue");
            String invalidDetail = """
                    {"metadata": {"eventId": "e-bad", "schemaVersion": 1, "correlationId": "c", "causationId": "c",
                     "producer": "content", "occurredAt": "2026-11-26T10:00:00Z"},
                     "data": {"contentId": "x", "revision": 1, "title": "t", "language": "English",
                              "category": "news", "targetLanguages": []}}""";
            dynamoDb.putItem(p -> p.tableName(outbox).item(Map.of(
                    "eventId", AttributeValue.fromS("e-bad"),
                    "source", AttributeValue.fromS("polyglot.content"),
                    "detailType", AttributeValue.fromS("ContentSubmitted"),
                    "schemaVersion", AttributeValue.fromN("1"),
                    "detail", AttributeValue.fromS(invalidDetail))));

            List<Message> parked = await().atMost(Duration.ofSeconds(60)).until(
                    () -> sqs.receiveMessage(r -> r.queueUrl(deadLetters).waitTimeSeconds(1)
                            .messageAttributeNames("All")).messages(),
                    messages -> !messages.isEmpty());

            assertThat(parked).singleElement().satisfies(message -> {
                assertThat(message.messageAttributes().get("reason").stringValue())
                        .startsWith("ContentSubmitted v1 breaks its contract: ").contains("/data/language [pattern]");
                assertThat(JSON.readTree(message.body()).path("outboxRow").asText()).contains("e-bad");
            });
        }
    }

    /** Every write to the outbox table, as its stream has recorded them. */
    private static int outboxStreamRecords() {
        try (DynamoDbStreamsClient streams = client(DynamoDbStreamsClient.builder())) {
            String outbox = target.physicalId("ContentOutboxTable");
            String streamArn = streams.listStreams(l -> l.tableName(outbox)).streams().get(0).streamArn();
            String shardId = streams.describeStream(d -> d.streamArn(streamArn)).streamDescription().shards().get(0).shardId();
            String iterator = streams.getShardIterator(g -> g.streamArn(streamArn).shardId(shardId)
                    .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
            int count = 0;
            while (iterator != null) {
                String from = iterator;
                GetRecordsResponse page = streams.getRecords(g -> g.shardIterator(from));
                count += page.records().size();
                iterator = page.records().isEmpty() ? null : page.nextShardIterator();
            }
            return count;
        }
    }

    private static <B extends AwsClientBuilder<B, C>, C> C client(B builder) {
        return target.client(builder);
    }
}
