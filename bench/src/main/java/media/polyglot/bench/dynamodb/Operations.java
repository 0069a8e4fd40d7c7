package media.polyglot.bench.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import media.polyglot.bench.BenchAssembly;
import media.polyglot.bench.BenchException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The DynamoDB workload, the same for every server: conditional puts of new items, gets of those items, queries of
 * partitions of {@value #PARTITION_SIZE} items, and transactions of two puts. Item {@code i} of a run has the key
 * {@code (prefix#i, "0")}.
 */
final class Operations {

    static final int PARTITION_SIZE = 20;
    static final int PARTITIONS = 50;
    private static final AttributeValue PAYLOAD = AttributeValue.fromS("p".repeat(100));

    private final DynamoDbClient client;

    Operations(DynamoDbClient client) {
        this.client = client;
    }

    /** Writes the partitions the queries read, each of exactly {@value #PARTITION_SIZE} items. */
    void writePartitions() {
        for (int partition = 0; partition < PARTITIONS; partition++) {
            List<WriteRequest> writes = new ArrayList<>();
            for (int i = 0; i < PARTITION_SIZE; i++) {
                writes.add(WriteRequest.builder()
                        .putRequest(PutRequest.builder().item(item("q#" + partition(partition), sk(i), i)).build()).build());
            }
            Map<String, List<WriteRequest>> unprocessed = client.batchWriteItem(
                    r -> r.requestItems(Map.of(BenchAssembly.TABLE, writes))).unprocessedItems();
            if (!unprocessed.isEmpty()) {
                throw new BenchException("BatchWriteItem left " + unprocessed.get(BenchAssembly.TABLE).size()
                        + " items unprocessed while preparing the query partitions");
            }
        }
    }

    void put(String prefix, int i) {
        client.putItem(r -> r.tableName(BenchAssembly.TABLE).item(item(prefix + "#" + i, "0", i))
                .conditionExpression("attribute_not_exists(pk)"));
    }

    void get(String prefix, int items) {
        int i = ThreadLocalRandom.current().nextInt(items);
        if (!client.getItem(r -> r.tableName(BenchAssembly.TABLE).key(key(prefix + "#" + i, "0"))).hasItem()) {
            throw new BenchException("GetItem found no item " + prefix + "#" + i + ", which the puts wrote");
        }
    }

    void query() {
        String pk = "q#" + partition(ThreadLocalRandom.current().nextInt(PARTITIONS));
        int count = client.query(r -> r.tableName(BenchAssembly.TABLE).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk)))).count();
        if (count != PARTITION_SIZE) {
            throw new BenchException("Query of " + pk + " returned " + count + " items, not " + PARTITION_SIZE);
        }
    }

    void transact(String prefix, int i) {
        client.transactWriteItems(r -> r.transactItems(transactPut(prefix + "#" + i, "a", i),
                transactPut(prefix + "#" + i, "b", i)));
    }

    private static TransactWriteItem transactPut(String pk, String sk, int n) {
        return TransactWriteItem.builder().put(Put.builder().tableName(BenchAssembly.TABLE).item(item(pk, sk, n))
                .conditionExpression("attribute_not_exists(pk)").build()).build();
    }

    private static Map<String, AttributeValue> item(String pk, String sk, int n) {
        return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk),
                "n", AttributeValue.fromN(Integer.toString(n)), "payload", PAYLOAD);
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk));
    }

    private static String partition(int p) {
        return String.format("%03d", p);
    }

    private static String sk(int i) {
        return String.format("%02d", i);
    }
}
