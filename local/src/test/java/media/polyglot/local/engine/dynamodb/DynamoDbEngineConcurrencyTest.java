package media.polyglot.local.engine.dynamodb;

import static media.polyglot.local.engine.dynamodb.value.AttributeValue.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import media.polyglot.local.engine.dynamodb.expression.ExpressionAttributes;
import media.polyglot.local.engine.dynamodb.value.Item;
import org.junit.jupiter.api.Test;

/** The edge serves requests on a thread pool; conditional writes must still decide one winner. */
class DynamoDbEngineConcurrencyTest {

    private static final int THREADS = 8;
    private static final int KEYS = 50;

    @Test
    void concurrentConditionalPutsLetExactlyOneWriterWinEachKey() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try (DynamoDbEngine engine = DynamoDbEngine.inMemory()) {
            engine.createTable(TableDefinition.of("Idempotency", KeyAttribute.s("key")).withStream(StreamViewType.KEYS_ONLY));
            List<Callable<Integer>> writers = new ArrayList<>();
            for (int writer = 0; writer < THREADS; writer++) {
                writers.add(() -> claimEveryKey(engine));
            }

            int wins = 0;
            for (Future<Integer> result : pool.invokeAll(writers)) {
                wins += result.get();
            }

            assertThat(wins).isEqualTo(KEYS);
            assertThat(engine.readStream(engine.streamArnOf("Idempotency").orElseThrow(), null, 1000)).hasSize(KEYS);
        } finally {
            pool.shutdownNow();
        }
    }

    private static int claimEveryKey(DynamoDbEngine engine) {
        int wins = 0;
        for (int key = 0; key < KEYS; key++) {
            try {
                engine.putItem(PutItemRequest.of("Idempotency", Item.of("key", s("k" + key)))
                        .withCondition("attribute_not_exists(#k)", new ExpressionAttributes(
                                Map.of("#k", "key"), Map.of())));
                wins++;
            } catch (ConditionalCheckFailedException alreadyClaimed) {
                // another writer claimed the key first: exactly what the condition is for
            }
        }
        return wins;
    }
}
