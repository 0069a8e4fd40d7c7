package media.polyglot.local.protocol.dynamodb.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Global and local secondary indexes, from the Developer Guide's "Using Global Secondary Indexes"
 * and "Local secondary indexes" and the Query API reference (IndexName, Select, ConsistentRead).
 */
class SecondaryIndexConformanceTest {

    @Nested
    class OnTheLocalEngine extends Cases {
        OnTheLocalEngine() {
            super(ConformanceTarget.LOCAL);
        }
    }

    @Nested
    class OnRealDynamoDb extends Cases {
        OnRealDynamoDb() {
            super(ConformanceTarget.AWS);
        }
    }

    abstract class Cases extends ConformanceTest {

        private String games;

        Cases(ConformanceTarget target) {
            super(target);
        }

        @Override
        void createTables() {
            games = aws.createTable("GameScores", ScalarAttributeType.S, request -> request
                    .attributeDefinitions(definition("pk", ScalarAttributeType.S), definition("sk", ScalarAttributeType.S),
                            definition("Title", ScalarAttributeType.S), definition("TopScore", ScalarAttributeType.N))
                    .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("GameTitleIndex")
                            .keySchema(keyElement("Title", KeyType.HASH), keyElement("TopScore", KeyType.RANGE))
                            .projection(Projection.builder().projectionType(ProjectionType.INCLUDE)
                                    .nonKeyAttributes("Wins").build()).build())
                    .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("TopScoreIndex")
                            .keySchema(keyElement("pk", KeyType.HASH), keyElement("TopScore", KeyType.RANGE))
                            .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()).build()));
            put("101", "Galaxy Invaders", "5842", "21", "Earth");
            put("102", "Galaxy Invaders", "1000", "3", "Mars");
            put("103", "Galaxy Invaders", "2317", "7", "Venus");
            put("104", "Meteor Blasters", "723", "1", "Moon");
            dynamoDb.putItem(r -> r.tableName(games).item(Map.of("pk", s("105"), "sk", s("Alien Adventure"),
                    "Wins", n("0"))));
        }

        @Test
        @DisplayName("DescribeTable reports each index with its key schema, projection and status (DescribeTable API reference)")
        void describeTableReportsTheIndexes() {
            GlobalSecondaryIndexDescription index = dynamoDb.describeTable(r -> r.tableName(games)).table()
                    .globalSecondaryIndexes().get(0);

            assertThat(index.indexName()).isEqualTo("GameTitleIndex");
            assertThat(index.indexStatus()).isEqualTo(IndexStatus.ACTIVE);
            assertThat(index.keySchema()).containsExactly(keyElement("Title", KeyType.HASH), keyElement("TopScore", KeyType.RANGE));
            assertThat(index.projection().projectionType()).isEqualTo(ProjectionType.INCLUDE);
            assertThat(index.projection().nonKeyAttributes()).containsExactly("Wins");
            assertThat(index.indexArn()).endsWith(":table/" + games + "/index/GameTitleIndex");
        }

        @Test
        @DisplayName("A query on a global index returns the keys and the projected attributes, in index order "
                + "(Attribute projections for global secondary indexes)")
        void globalIndexQueryReturnsProjectedAttributes() {
            QueryResponse response = dynamoDb.query(r -> r.tableName(games).indexName("GameTitleIndex")
                    .keyConditionExpression("Title = :t AND TopScore > :min").scanIndexForward(false)
                    .expressionAttributeValues(Map.of(":t", s("Galaxy Invaders"), ":min", n("1500"))));

            assertThat(response.items()).containsExactly(
                    Map.of("pk", s("101"), "sk", s("Galaxy Invaders"), "Title", s("Galaxy Invaders"), "TopScore", n("5842"),
                            "Wins", n("21")),
                    Map.of("pk", s("103"), "sk", s("Galaxy Invaders"), "Title", s("Galaxy Invaders"), "TopScore", n("2317"),
                            "Wins", n("7")));
        }

        @Test
        @DisplayName("Items without the index key are not in the index (Take advantage of sparse indexes)")
        void indexesAreSparse() {
            assertThat(dynamoDb.scan(r -> r.tableName(games).indexName("GameTitleIndex")).items())
                    .hasSize(4).noneMatch(item -> item.get("pk").s().equals("105"));
        }

        @Test
        @DisplayName("An index page's LastEvaluatedKey holds the index keys and the table keys (Query API reference)")
        void lastEvaluatedKeyOfAnIndexHoldsBothKeys() {
            QueryResponse first = dynamoDb.query(r -> r.tableName(games).indexName("GameTitleIndex").limit(1)
                    .keyConditionExpression("Title = :t").expressionAttributeValues(Map.of(":t", s("Galaxy Invaders"))));
            QueryResponse next = dynamoDb.query(r -> r.tableName(games).indexName("GameTitleIndex").limit(1)
                    .exclusiveStartKey(first.lastEvaluatedKey())
                    .keyConditionExpression("Title = :t").expressionAttributeValues(Map.of(":t", s("Galaxy Invaders"))));

            assertThat(first.lastEvaluatedKey()).isEqualTo(Map.of("pk", s("102"), "sk", s("Galaxy Invaders"),
                    "Title", s("Galaxy Invaders"), "TopScore", n("1000")));
            assertThat(next.items()).extracting(item -> item.get("pk").s()).containsExactly("103");
        }

        @Test
        @DisplayName("ConsistentRead on a global index is refused (Query API reference: ConsistentRead)")
        void consistentReadOnAGlobalIndexIsRefused() {
            assertThatThrownBy(() -> dynamoDb.query(r -> r.tableName(games).indexName("GameTitleIndex").consistentRead(true)
                    .keyConditionExpression("Title = :t").expressionAttributeValues(Map.of(":t", s("Galaxy Invaders")))))
                    .isInstanceOf(DynamoDbException.class)
                    .hasMessageStartingWith("Consistent reads are not supported on global secondary indexes");
        }

        @Test
        @DisplayName("Select ALL_ATTRIBUTES on a global index that does not project all is refused (Query API reference: Select)")
        void allAttributesFromAPartialGlobalIndexIsRefused() {
            assertThatThrownBy(() -> dynamoDb.query(r -> r.tableName(games).indexName("GameTitleIndex")
                    .select(Select.ALL_ATTRIBUTES).keyConditionExpression("Title = :t")
                    .expressionAttributeValues(Map.of(":t", s("Galaxy Invaders")))))
                    .isInstanceOf(DynamoDbException.class)
                    .hasMessageContaining("ALL_ATTRIBUTES");
        }

        @Test
        @DisplayName("A local index fetches unprojected attributes from the table (Local secondary indexes: projected attributes)")
        void localIndexFetchesFromTheTable() {
            QueryResponse projected = dynamoDb.query(r -> r.tableName(games).indexName("TopScoreIndex")
                    .keyConditionExpression("pk = :p").expressionAttributeValues(Map.of(":p", s("101"))));
            QueryResponse all = dynamoDb.query(r -> r.tableName(games).indexName("TopScoreIndex")
                    .select(Select.ALL_ATTRIBUTES).keyConditionExpression("pk = :p")
                    .expressionAttributeValues(Map.of(":p", s("101"))));

            assertThat(projected.items()).containsExactly(Map.of("pk", s("101"), "sk", s("Galaxy Invaders"),
                    "TopScore", n("5842")));
            assertThat(all.items().get(0)).containsEntry("Home", s("Earth")).containsEntry("Wins", n("21"));
        }

        @Test
        @DisplayName("A Query filter may not name a key attribute of the index queried (Filter expressions for Query)")
        void filterOnTheIndexKeyIsRefused() {
            assertThatThrownBy(() -> dynamoDb.query(r -> r.tableName(games).indexName("GameTitleIndex")
                    .keyConditionExpression("Title = :t").filterExpression("TopScore > :min")
                    .expressionAttributeValues(Map.of(":t", s("Galaxy Invaders"), ":min", n("1")))))
                    .isInstanceOf(DynamoDbException.class)
                    .hasMessageStartingWith("Filter Expression can only contain non-primary key attributes");
        }

        private void put(String pk, String title, String topScore, String wins, String home) {
            dynamoDb.putItem(r -> r.tableName(games).item(Map.of("pk", s(pk), "sk", s(title), "Title", s(title),
                    "TopScore", n(topScore), "Wins", n(wins), "Home", s(home))));
        }
    }

    static AttributeDefinition definition(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    static KeySchemaElement keyElement(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

}
