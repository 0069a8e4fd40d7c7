package media.polyglot.local.engine.dynamodb;

import static media.polyglot.local.engine.dynamodb.value.AttributeValue.n;
import static media.polyglot.local.engine.dynamodb.value.AttributeValue.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.dynamodb.expression.ExpressionAttributes;
import media.polyglot.local.engine.dynamodb.value.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DynamoDbEnginePersistenceTest {

    @TempDir
    Path dataDir;

    @Test
    void tablesItemsAndStreamsSurviveClosingAndReopeningTheEngine() {
        Path file = dataDir.resolve("nested/dynamodb.sqlite");
        Item item = Item.of("pk", s("kept"), "sk", n("1")).with("body", s("still here"));
        String streamArn;
        String lastSequenceNumber;
        try (DynamoDbEngine engine = DynamoDbEngine.atFile(file)) {
            engine.createTable(TableDefinition.of("Durable", KeyAttribute.s("pk")).withSortKey(KeyAttribute.n("sk"))
                    .withStream(StreamViewType.NEW_IMAGE));
            engine.putItem(PutItemRequest.of("Durable", item));
            streamArn = engine.streamArnOf("Durable").orElseThrow();
            lastSequenceNumber = engine.readStream(streamArn, null, 10).get(0).sequenceNumber();
        }

        try (DynamoDbEngine reopened = DynamoDbEngine.atFile(file)) {
            reopened.putItem(PutItemRequest.of("Durable", item.with("sk", n("2"))));

            assertThat(reopened.listTableNames()).containsExactly("Durable");
            assertThat(reopened.getItem("Durable", Item.of("pk", s("kept"), "sk", n("1")))).contains(item);
            assertThat(reopened.query(QueryRequest.of("Durable", "pk = :p",
                    new ExpressionAttributes(Map.of(), Map.of(":p", s("kept"))))).items()).hasSize(2);
            assertThat(reopened.streamArnOf("Durable")).contains(streamArn);
            List<StreamRecord> records = reopened.readStream(streamArn, null, 10);
            assertThat(records).extracting(StreamRecord::sequenceNumber).first().isEqualTo(lastSequenceNumber);
            assertThat(records.get(1).sequenceNumber()).isGreaterThan(lastSequenceNumber);
        }
    }

    @Test
    void secondaryIndexesAndTheirEntriesSurviveClosingAndReopeningTheEngine() {
        Path file = dataDir.resolve("indexes.sqlite");
        SecondaryIndex byStatus = SecondaryIndex.global("ByStatus", KeyAttribute.s("status"), null,
                IndexProjection.include(List.of("title")));
        try (DynamoDbEngine engine = DynamoDbEngine.atFile(file)) {
            engine.createTable(TableDefinition.of("Indexed", KeyAttribute.s("pk")).withIndex(byStatus));
            engine.putItem(PutItemRequest.of("Indexed", Item.of("pk", s("a"), "status", s("OPEN")).with("title", s("t"))));
        }

        try (DynamoDbEngine reopened = DynamoDbEngine.atFile(file)) {
            reopened.putItem(PutItemRequest.of("Indexed", Item.of("pk", s("b"), "status", s("OPEN"))));

            assertThat(reopened.describeTable("Indexed").definition().indexes()).containsExactly(byStatus);
            assertThat(reopened.query(QueryRequest.of("Indexed", "#s = :s", new ExpressionAttributes(
                    Map.of("#s", "status"), Map.of(":s", s("OPEN")))).onIndex("ByStatus")).items())
                    .containsExactly(Item.of("pk", s("a"), "status", s("OPEN")).with("title", s("t")),
                            Item.of("pk", s("b"), "status", s("OPEN")));
        }
    }

    @Test
    void timeToLiveTagsAndStreamStateSurviveClosingAndReopeningTheEngine() {
        Path file = dataDir.resolve("settings.sqlite");
        String arn;
        String disabledStream;
        try (DynamoDbEngine engine = DynamoDbEngine.atFile(file)) {
            arn = engine.createTable(TableDefinition.of("Settings", KeyAttribute.s("pk"))
                    .withStream(StreamViewType.KEYS_ONLY)).tableArn();
            disabledStream = engine.streamArnOf("Settings").orElseThrow();
            engine.putItem(PutItemRequest.of("Settings", Item.of("pk", s("a"))));
            engine.updateTable(TableUpdate.of("Settings").withStream(new TableUpdate.StreamSetting(false, null)));
            engine.updateTable(TableUpdate.of("Settings")
                    .withStream(new TableUpdate.StreamSetting(true, StreamViewType.NEW_IMAGE)));
            engine.updateTimeToLive("Settings", "expiresAt", true);
            engine.tagResource(arn, Map.of("team", "content"));
        }

        try (DynamoDbEngine reopened = DynamoDbEngine.atFile(file)) {
            assertThat(reopened.describeTimeToLive("Settings")).isEqualTo(new TimeToLiveDescription(true, "expiresAt"));
            assertThat(reopened.listTagsOfResource(arn)).containsExactly(Map.entry("team", "content"));
            assertThat(reopened.describeStream(disabledStream).enabled()).isFalse();
            assertThat(reopened.readStream(disabledStream, null, 10)).hasSize(1);
            assertThat(reopened.streamArnOf("Settings")).get().isNotEqualTo(disabledStream);
            assertThat(reopened.describeTable("Settings").definition().streamViewType()).isEqualTo(StreamViewType.NEW_IMAGE);
        }
    }
}
