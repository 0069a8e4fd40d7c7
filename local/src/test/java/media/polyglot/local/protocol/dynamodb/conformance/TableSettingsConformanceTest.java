package media.polyglot.local.protocol.dynamodb.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamStatus;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.Tag;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * Table settings through the stock SDK: tags ("Tagging resources in DynamoDB"), UpdateTable's
 * stream and global index changes (UpdateTable API reference), time to live (UpdateTimeToLive).
 */
class TableSettingsConformanceTest {

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

        private String tagged;
        private String streamed;
        private String indexed;
        private String expiring;

        Cases(ConformanceTarget target) {
            super(target);
        }

        @Override
        void createTables() {
            tagged = aws.createTable("Tagged", null);
            streamed = aws.createTable("Streamed", null, request -> request.streamSpecification(
                    s -> s.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY)));
            indexed = aws.createTable("Indexed", null);
            expiring = aws.createTable("Expiring", null);
            dynamoDb.putItem(r -> r.tableName(indexed).item(Map.of("pk", s("a"), "lang", s("de"))));
        }

        @Test
        @DisplayName("TagResource adds and replaces, UntagResource removes, ListTagsOfResource lists (TagResource API reference)")
        void tagsAreKeptPerTable() {
            String arn = dynamoDb.describeTable(r -> r.tableName(tagged)).table().tableArn();

            dynamoDb.tagResource(r -> r.resourceArn(arn).tags(tag("team", "content"), tag("env", "dev")));
            dynamoDb.tagResource(r -> r.resourceArn(arn).tags(tag("env", "test")));
            dynamoDb.untagResource(r -> r.resourceArn(arn).tagKeys("team"));

            assertThat(dynamoDb.listTagsOfResource(r -> r.resourceArn(arn)).tags()).containsExactly(tag("env", "test"));
        }

        @Test
        @DisplayName("Disabling a stream leaves it DISABLED; enabling again gives a new stream ARN (UpdateTable: StreamSpecification)")
        void streamOffAndOnAgain() {
            String first = dynamoDb.describeTable(r -> r.tableName(streamed)).table().latestStreamArn();

            dynamoDb.updateTable(r -> r.tableName(streamed).streamSpecification(s -> s.streamEnabled(false)));
            aws.waitUntilActive(streamed);
            StreamStatus status = aws.streams().describeStream(r -> r.streamArn(first)).streamDescription().streamStatus();
            dynamoDb.updateTable(r -> r.tableName(streamed).streamSpecification(
                    s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)));
            aws.waitUntilActive(streamed);
            String second = dynamoDb.describeTable(r -> r.tableName(streamed)).table().latestStreamArn();

            assertThat(status).isIn(StreamStatus.DISABLING, StreamStatus.DISABLED);
            assertThat(second).isNotEqualTo(first);
        }

        @Test
        @DisplayName("A global index created by UpdateTable holds the items already there (Adding a global secondary index)")
        void globalIndexCreatedLaterIsBackfilled() {
            dynamoDb.updateTable(r -> r.tableName(indexed)
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("lang")
                            .attributeType(ScalarAttributeType.S).build())
                    .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("ByLang")
                            .keySchema(k -> k.attributeName("lang").keyType("HASH"))
                            .projection(p -> p.projectionType(ProjectionType.ALL)))));
            aws.waitUntilIndexesActive(indexed);

            assertThat(dynamoDb.query(r -> r.tableName(indexed).indexName("ByLang").keyConditionExpression("lang = :l")
                    .expressionAttributeValues(Map.of(":l", s("de")))).items())
                    .containsExactly(Map.of("pk", s("a"), "lang", s("de")));
        }

        @Test
        @DisplayName("UpdateTimeToLive enables TTL on an attribute; DescribeTimeToLive reports it (UpdateTimeToLive API reference)")
        void timeToLiveIsEnabledAndDescribed() {
            dynamoDb.updateTimeToLive(r -> r.tableName(expiring).timeToLiveSpecification(t -> t.attributeName("exp").enabled(true)));

            assertThat(dynamoDb.describeTimeToLive(r -> r.tableName(expiring)).timeToLiveDescription())
                    .satisfies(description -> {
                        assertThat(description.timeToLiveStatus()).isIn(TimeToLiveStatus.ENABLING, TimeToLiveStatus.ENABLED);
                        assertThat(description.attributeName()).isEqualTo("exp");
                    });
        }

        private Tag tag(String key, String value) {
            return Tag.builder().key(key).value(value).build();
        }
    }
}
