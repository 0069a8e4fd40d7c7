package media.polyglot.local.protocol.dynamodb.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/** Query and Scan with filters, projections, Select and pages, from the Developer Guide's "Querying tables" and "Scanning tables". */
class QueryScanConformanceTest {

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

        private String threads;
        private String large;

        Cases(ConformanceTarget target) {
            super(target);
        }

        @Override
        void createTables() {
            threads = aws.createTable("Threads", ScalarAttributeType.N);
            for (int i = 1; i <= 10; i++) {
                int sk = i;
                dynamoDb.putItem(r -> r.tableName(threads).item(Map.of("pk", s("forum"), "sk", n(Integer.toString(sk)),
                        "Replies", n(Integer.toString(sk * 10)), "Subject", s("thread " + sk))));
            }
            dynamoDb.putItem(r -> r.tableName(threads).item(Map.of("pk", s("other"), "sk", n("1"), "Replies", n("500"))));
            large = aws.createTable("Large", ScalarAttributeType.N);
            String body = "x".repeat(100 * 1024);
            for (int i = 0; i < 15; i++) {
                int sk = i;
                dynamoDb.putItem(r -> r.tableName(large).item(Map.of("pk", s("big"), "sk", n(Integer.toString(sk)),
                        "Body", s(body))));
            }
        }

        @Test
        @DisplayName("The filter applies after the read: ScannedCount counts what was read (Filter expressions for Query)")
        void filterAppliesAfterTheRead() {
            QueryResponse response = dynamoDb.query(r -> r.tableName(threads).keyConditionExpression("pk = :p")
                    .filterExpression("#v > :min").expressionAttributeNames(Map.of("#v", "Replies"))
                    .expressionAttributeValues(Map.of(":p", s("forum"), ":min", n("70"))));

            assertThat(response.count()).isEqualTo(3);
            assertThat(response.scannedCount()).isEqualTo(10);
            assertThat(response.items()).extracting(item -> item.get("sk").n()).containsExactly("8", "9", "10");
        }

        @Test
        @DisplayName("Limit counts items read, before the filter (Limiting the number of items in the result set)")
        void limitAppliesBeforeTheFilter() {
            QueryResponse response = dynamoDb.query(r -> r.tableName(threads).keyConditionExpression("pk = :p")
                    .filterExpression("Replies > :min").limit(3)
                    .expressionAttributeValues(Map.of(":p", s("forum"), ":min", n("20"))));

            assertThat(response.count()).isEqualTo(1);
            assertThat(response.scannedCount()).isEqualTo(3);
            assertThat(response.lastEvaluatedKey()).isEqualTo(Map.of("pk", s("forum"), "sk", n("3")));
        }

        @Test
        @DisplayName("Select COUNT returns the counts and no items (Counting the items in the results)")
        void selectCountReturnsOnlyCounts() {
            QueryResponse response = dynamoDb.query(r -> r.tableName(threads).keyConditionExpression("pk = :p")
                    .select(Select.COUNT).expressionAttributeValues(Map.of(":p", s("forum"))));

            assertThat(response.count()).isEqualTo(10);
            assertThat(response.hasItems()).isFalse();
        }

        @Test
        @DisplayName("A projected Query returns only the paths asked for, newest first (Querying tables)")
        void projectionAndBackwardOrder() {
            QueryResponse response = dynamoDb.query(r -> r.tableName(threads).keyConditionExpression("pk = :p AND sk >= :from")
                    .projectionExpression("Subject").scanIndexForward(false)
                    .expressionAttributeValues(Map.of(":p", s("forum"), ":from", n("9"))));

            assertThat(response.items()).containsExactly(Map.of("Subject", s("thread 10")), Map.of("Subject", s("thread 9")));
        }

        @Test
        @DisplayName("A filter on Scan keeps the matching items of the whole table (Scanning tables: filter expressions)")
        void scanFiltersTheWholeTable() {
            ScanResponse response = dynamoDb.scan(r -> r.tableName(threads).filterExpression("Replies >= :v")
                    .expressionAttributeValues(Map.of(":v", n("100"))));

            assertThat(response.items()).extracting(item -> item.get("Replies").n()).containsExactlyInAnyOrder("100", "500");
            assertThat(response.scannedCount()).isEqualTo(11);
        }

        @Test
        @DisplayName("Scan pages with Limit and ExclusiveStartKey return every item once (Paginating the results)")
        void scanPagesCoverTheTable() {
            List<Map<String, AttributeValue>> seen = new ArrayList<>();
            Map<String, AttributeValue> start = null;
            do {
                Map<String, AttributeValue> from = start;
                ScanResponse page = dynamoDb.scan(r -> r.tableName(threads).limit(4).exclusiveStartKey(from));
                seen.addAll(page.items());
                start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
            } while (start != null);

            assertThat(seen).hasSize(11).doesNotHaveDuplicates();
        }

        @Test
        @DisplayName("The segments of a parallel scan partition the table (Scanning tables: parallel scan)")
        void parallelScanSegmentsPartitionTheTable() {
            List<Map<String, AttributeValue>> seen = new ArrayList<>();
            for (int segment = 0; segment < 3; segment++) {
                int current = segment;
                seen.addAll(dynamoDb.scan(r -> r.tableName(threads).segment(current).totalSegments(3)).items());
            }

            assertThat(seen).hasSize(11).doesNotHaveDuplicates();
        }

        @Test
        @DisplayName("A segment out of range is refused (Scan API reference: Segment)")
        void segmentOutOfRangeIsRefused() {
            assertThatThrownBy(() -> dynamoDb.scan(r -> r.tableName(threads).segment(3).totalSegments(3)))
                    .isInstanceOf(DynamoDbException.class)
                    .hasMessageStartingWith("The Segment parameter is zero-based and must be less than parameter "
                            + "TotalSegments: Segment: 3 is out of bounds for TotalSegments: 3");
        }

        @Test
        @DisplayName("A page stops at 1 MB of items read, with a key to go on (Paginating table query results)")
        void pageStopsAtOneMegabyte() {
            QueryResponse first = dynamoDb.query(r -> r.tableName(large).keyConditionExpression("pk = :p")
                    .expressionAttributeValues(Map.of(":p", s("big"))));
            QueryResponse second = dynamoDb.query(r -> r.tableName(large).keyConditionExpression("pk = :p")
                    .exclusiveStartKey(first.lastEvaluatedKey()).expressionAttributeValues(Map.of(":p", s("big"))));

            assertThat(first.count()).isBetween(9, 11);
            assertThat(first.hasLastEvaluatedKey()).isTrue();
            assertThat(first.count() + second.count()).isEqualTo(15);
        }
    }
}
