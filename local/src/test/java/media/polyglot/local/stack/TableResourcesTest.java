package media.polyglot.local.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import media.polyglot.local.LocalRuntime;
import media.polyglot.local.LocalSettings;
import media.polyglot.local.template.AssemblyFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import media.polyglot.local.EdgeClients;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * AWS::DynamoDB::Table from a hand-written template, with CloudFormation's GlobalSecondaryIndexes,
 * LocalSecondaryIndexes, StreamSpecification and TimeToLiveSpecification, reached through the edge
 * with a stock SDK client.
 */
class TableResourcesTest {

    @TempDir
    static Path assembly;

    private static LocalRuntime runtime;
    private static DynamoDbClient dynamoDb;

    @BeforeAll
    static void start() throws Exception {
        AssemblyFixture.write(assembly, """
                {"Resources": {
                  "Articles": {"Type": "AWS::DynamoDB::Table", "Properties": {
                    "TableName": "articles",
                    "BillingMode": "PAY_PER_REQUEST",
                    "AttributeDefinitions": [
                      {"AttributeName": "contentId", "AttributeType": "S"},
                      {"AttributeName": "revision", "AttributeType": "N"},
                      {"AttributeName": "language", "AttributeType": "S"},
                      {"AttributeName": "publishedAt", "AttributeType": "S"}],
                    "KeySchema": [{"AttributeName": "contentId", "KeyType": "HASH"},
                                  {"AttributeName": "revision", "KeyType": "RANGE"}],
                    "GlobalSecondaryIndexes": [{"IndexName": "byLanguage",
                      "KeySchema": [{"AttributeName": "language", "KeyType": "HASH"},
                                    {"AttributeName": "publishedAt", "KeyType": "RANGE"}],
                      "Projection": {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["title"]}}],
                    "LocalSecondaryIndexes": [{"IndexName": "byPublication",
                      "KeySchema": [{"AttributeName": "contentId", "KeyType": "HASH"},
                                    {"AttributeName": "publishedAt", "KeyType": "RANGE"}],
                      "Projection": {"ProjectionType": "KEYS_ONLY"}}],
                    "StreamSpecification": {"StreamViewType": "NEW_IMAGE"},
                    "TimeToLiveSpecification": {"AttributeName": "expiresAt", "Enabled": true}}}}}""");
        runtime = LocalRuntime.start(LocalSettings.defaults(assembly).withEdgePort(0));
        dynamoDb = EdgeClients.at(DynamoDbClient.builder(), runtime.edgeUrl());
    }

    @AfterAll
    static void stop() {
        dynamoDb.close();
        runtime.close();
    }

    @Test
    void theTablesIndexesRunAndNothingIsReportedAsNotRun() {
        TableDescription table = dynamoDb.describeTable(r -> r.tableName("articles")).table();

        assertThat(runtime.stacks().get(0).notRun()).isEmpty();
        assertThat(table.globalSecondaryIndexes()).singleElement().satisfies(index -> {
            assertThat(index.indexName()).isEqualTo("byLanguage");
            assertThat(index.projection().projectionType()).isEqualTo(ProjectionType.INCLUDE);
            assertThat(index.projection().nonKeyAttributes()).containsExactly("title");
        });
        assertThat(table.localSecondaryIndexes()).singleElement()
                .satisfies(index -> assertThat(index.indexName()).isEqualTo("byPublication"));
        assertThat(table.streamSpecification().streamViewTypeAsString()).isEqualTo("NEW_IMAGE");
    }

    @Test
    void theGlobalIndexAnswersQueriesWithItsProjection() {
        dynamoDb.putItem(r -> r.tableName("articles").item(Map.of("contentId", s("c-1"), "revision", n("1"),
                "language", s("de"), "publishedAt", s("2024-05-01"), "title", s("Hallo"), "body", s("..."))));

        assertThat(dynamoDb.query(r -> r.tableName("articles").indexName("byLanguage")
                .keyConditionExpression("#l = :l").expressionAttributeNames(Map.of("#l", "language"))
                .expressionAttributeValues(Map.of(":l", s("de")))).items())
                .containsExactly(Map.of("contentId", s("c-1"), "revision", n("1"), "language", s("de"),
                        "publishedAt", s("2024-05-01"), "title", s("Hallo")));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }
}
