package media.polyglot.local.engine.dynamodb;

import static media.polyglot.local.engine.dynamodb.value.AttributeValue.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import media.polyglot.local.engine.dynamodb.value.Item;
import org.junit.jupiter.api.Test;

class DynamoDbEngineConstructionTest {

    @Test
    void sharedCacheInMemoryUrlHoldsTheEngineDataWhileItIsOpen() {
        try (DynamoDbEngine engine = DynamoDbEngine.open("jdbc:sqlite:file:construction?mode=memory&cache=shared",
                EngineSettings.DEFAULTS)) {
            engine.createTable(TableDefinition.of("Shared", KeyAttribute.s("pk")));
            engine.putItem(PutItemRequest.of("Shared", Item.of("pk", s("a"))));

            assertThat(engine.getItem("Shared", Item.of("pk", s("a")))).contains(Item.of("pk", s("a")));
        }
    }

    @Test
    void regionAndAccountGiveTheArns() {
        EngineSettings frankfurt = new EngineSettings("eu-central-1", "123456789012",
                Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC));
        try (DynamoDbEngine engine = DynamoDbEngine.open("jdbc:sqlite::memory:", frankfurt)) {
            engine.createTable(TableDefinition.of("Regional", KeyAttribute.s("pk")).withStream(StreamViewType.KEYS_ONLY));

            assertThat(engine.describeTable("Regional").tableArn())
                    .isEqualTo("arn:aws:dynamodb:eu-central-1:123456789012:table/Regional");
            assertThat(engine.streamArnOf("Regional"))
                    .contains("arn:aws:dynamodb:eu-central-1:123456789012:table/Regional/stream/2024-05-01T12:00:00.000");
        }
    }
}
