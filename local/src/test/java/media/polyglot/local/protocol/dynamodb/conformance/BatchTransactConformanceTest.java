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
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** BatchGetItem, BatchWriteItem, TransactGetItems and TransactWriteItems, from their API reference pages. */
class BatchTransactConformanceTest {

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

        private String table;

        Cases(ConformanceTarget target) {
            super(target);
        }

        @Override
        void createTables() {
            table = aws.createTable("Batches", null);
        }

        private WriteRequest put(String pk) {
            return WriteRequest.builder().putRequest(p -> p.item(Map.of("pk", s(pk), "v", s("value of " + pk)))).build();
        }

        @Test
        @DisplayName("BatchWriteItem puts and deletes; BatchGetItem reads them back (BatchWriteItem, BatchGetItem API reference)")
        void batchWriteThenBatchGet() {
            dynamoDb.batchWriteItem(r -> r.requestItems(Map.of(table, List.of(put("b1"), put("b2"), put("b3")))));
            dynamoDb.batchWriteItem(r -> r.requestItems(Map.of(table, List.of(
                    WriteRequest.builder().deleteRequest(d -> d.key(key("b3"))).build()))));

            BatchGetItemResponse response = dynamoDb.batchGetItem(r -> r.requestItems(Map.of(table, KeysAndAttributes.builder()
                    .keys(key("b1"), key("b2"), key("b3")).projectionExpression("v").build())));

            assertThat(response.responses().get(table)).containsExactlyInAnyOrder(
                    Map.of("v", s("value of b1")), Map.of("v", s("value of b2")));
            assertThat(response.unprocessedKeys()).isEmpty();
        }

        @Test
        @DisplayName("BatchWriteItem refuses more than 25 requests (BatchWriteItem API reference)")
        void batchWriteRefusesMoreThanTwentyFive() {
            List<WriteRequest> requests = new ArrayList<>();
            for (int i = 0; i < 26; i++) {
                requests.add(put("many" + i));
            }

            assertThatThrownBy(() -> dynamoDb.batchWriteItem(r -> r.requestItems(Map.of(table, requests))))
                    .isInstanceOf(DynamoDbException.class)
                    .satisfies(e -> assertThat(((DynamoDbException) e).awsErrorDetails().errorCode()).isEqualTo("ValidationException"));
        }

        @Test
        @DisplayName("BatchGetItem refuses a key named twice (BatchGetItem API reference)")
        void batchGetRefusesDuplicateKeys() {
            assertThatThrownBy(() -> dynamoDb.batchGetItem(r -> r.requestItems(Map.of(table,
                    KeysAndAttributes.builder().keys(key("dup"), key("dup")).build()))))
                    .isInstanceOf(DynamoDbException.class)
                    .hasMessageStartingWith("Provided list of item keys contains duplicates");
        }

        @Test
        @DisplayName("TransactWriteItems applies an Update with a condition; TransactGetItems reads in order (TransactWriteItems API reference)")
        void transactionalUpdateAndGet() {
            dynamoDb.putItem(r -> r.tableName(table).item(Map.of("pk", s("account"), "balance", n("100"))));

            dynamoDb.transactWriteItems(r -> r.transactItems(
                    TransactWriteItem.builder().update(u -> u.tableName(table).key(key("account"))
                            .updateExpression("SET balance = balance - :amount").conditionExpression("balance >= :amount")
                            .expressionAttributeValues(Map.of(":amount", n("30")))).build(),
                    TransactWriteItem.builder().put(p -> p.tableName(table).item(Map.of("pk", s("ledger"), "amount", n("30"))))
                            .build()));

            List<Map<String, AttributeValue>> items = dynamoDb.transactGetItems(r -> r.transactItems(
                    t -> t.get(g -> g.tableName(table).key(key("account"))),
                    t -> t.get(g -> g.tableName(table).key(key("absent"))),
                    t -> t.get(g -> g.tableName(table).key(key("ledger"))))).responses().stream()
                    .map(response -> response.item()).toList();
            assertThat(items.get(0)).isEqualTo(Map.of("pk", s("account"), "balance", n("70")));
            assertThat(items.get(1)).isEmpty();
            assertThat(items.get(2)).isEqualTo(Map.of("pk", s("ledger"), "amount", n("30")));
        }

        @Test
        @DisplayName("A repeated ClientRequestToken applies once; with other items it is a mismatch (TransactWriteItems API reference)")
        void clientRequestTokenMakesTheCallIdempotent() {
            TransactWriteItem increment = TransactWriteItem.builder().update(u -> u.tableName(table).key(key("counter"))
                    .updateExpression("ADD hits :one").expressionAttributeValues(Map.of(":one", n("1")))).build();

            dynamoDb.transactWriteItems(r -> r.clientRequestToken("token-1").transactItems(increment));
            dynamoDb.transactWriteItems(r -> r.clientRequestToken("token-1").transactItems(increment));

            assertThat(dynamoDb.getItem(r -> r.tableName(table).key(key("counter"))).item().get("hits")).isEqualTo(n("1"));
            assertThatThrownBy(() -> dynamoDb.transactWriteItems(r -> r.clientRequestToken("token-1").transactItems(
                    TransactWriteItem.builder().put(p -> p.tableName(table).item(key("other"))).build())))
                    .isInstanceOf(IdempotentParameterMismatchException.class);
        }

        @Test
        @DisplayName("One item at most once per transaction (TransactWriteItems API reference)")
        void oneItemAtMostOncePerTransaction() {
            assertThatThrownBy(() -> dynamoDb.transactWriteItems(r -> r.transactItems(
                    TransactWriteItem.builder().put(p -> p.tableName(table).item(key("twice"))).build(),
                    TransactWriteItem.builder().delete(d -> d.tableName(table).key(key("twice"))).build())))
                    .isInstanceOf(DynamoDbException.class)
                    .hasMessageStartingWith("Transaction request cannot include multiple operations on one item");
        }
    }
}
