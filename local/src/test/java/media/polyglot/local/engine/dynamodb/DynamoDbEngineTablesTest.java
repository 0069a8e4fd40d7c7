package media.polyglot.local.engine.dynamodb;

import static media.polyglot.local.engine.dynamodb.value.AttributeValue.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import media.polyglot.local.engine.dynamodb.value.Item;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DynamoDbEngineTablesTest {

    private static final Instant CREATED = Instant.parse("2024-05-01T12:00:00.250Z");
    private static DynamoDbEngine engine;

    @BeforeAll
    static void startEngine() {
        engine = DynamoDbEngine.inMemory(Clock.fixed(CREATED, ZoneOffset.UTC));
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @Test
    void createdTableIsDescribedWithItsArnKeysAndStream() {
        TableDefinition definition = TableDefinition.of("Orders", KeyAttribute.s("pk"))
                .withSortKey(KeyAttribute.n("sk")).withStream(StreamViewType.NEW_AND_OLD_IMAGES);

        engine.createTable(definition);
        TableDescription described = engine.describeTable("Orders");

        assertThat(described.definition()).isEqualTo(definition);
        assertThat(described.tableArn()).isEqualTo("arn:aws:dynamodb:us-east-1:000000000000:table/Orders");
        assertThat(described.creationDateTime()).isEqualTo(CREATED);
        assertThat(described.latestStreamLabel()).isEqualTo("2024-05-01T12:00:00.250");
        assertThat(described.latestStreamArn())
                .isEqualTo("arn:aws:dynamodb:us-east-1:000000000000:table/Orders/stream/2024-05-01T12:00:00.250");
        assertThat(engine.streamArnOf("Orders")).contains(described.latestStreamArn());
    }

    @Test
    void tableWithoutStreamHasNoStreamArn() {
        engine.createTable(TableDefinition.of("Plain", KeyAttribute.s("pk")));

        assertThat(engine.describeTable("Plain").latestStreamArn()).isNull();
        assertThat(engine.streamArnOf("Plain")).isEmpty();
    }

    @Test
    void creatingAnExistingTableFailsWithResourceInUse() {
        engine.createTable(TableDefinition.of("Twice", KeyAttribute.s("pk")));

        assertThatThrownBy(() -> engine.createTable(TableDefinition.of("Twice", KeyAttribute.n("id"))))
                .isInstanceOf(ResourceInUseException.class)
                .hasMessage("Table already exists: Twice");
    }

    @Test
    void describingAnUnknownTableFailsWithResourceNotFound() {
        assertThatThrownBy(() -> engine.describeTable("Nowhere"))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessage("Requested resource not found: Table: Nowhere not found");
    }

    @Test
    void tableRecreatedAfterDeletionStartsEmpty() {
        engine.createTable(TableDefinition.of("Recycled", KeyAttribute.s("pk")));
        engine.putItem(PutItemRequest.of("Recycled", Item.of("pk", s("a"))));

        TableDescription deleted = engine.deleteTable("Recycled");
        engine.createTable(TableDefinition.of("Recycled", KeyAttribute.s("pk")));

        assertThat(deleted.itemCount()).isEqualTo(1);
        assertThat(engine.getItem("Recycled", Item.of("pk", s("a")))).isEmpty();
        assertThat(engine.describeTable("Recycled").itemCount()).isZero();
    }

    @Test
    void tablesAreListedByName() {
        engine.createTable(TableDefinition.of("zeta-list", KeyAttribute.s("pk")));
        engine.createTable(TableDefinition.of("alpha-list", KeyAttribute.s("pk")));

        assertThat(engine.listTableNames()).containsSubsequence("alpha-list", "zeta-list").isSorted();
    }

    @Test
    void tableNameOutsideDynamoDbsRulesIsRejected() {
        assertThatThrownBy(() -> TableDefinition.of("a b", KeyAttribute.s("pk")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("1 validation error detected: Value 'a b' at 'tableName' failed to satisfy constraint: "
                        + "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
    }
}
