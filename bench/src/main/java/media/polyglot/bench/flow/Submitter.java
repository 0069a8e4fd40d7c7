package media.polyglot.bench.flow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Submits content items to the content Function URL at a steady rate, each with its own correlation id (the
 * run's prefix and its number), and records when each was sent and whether the API accepted it (202).
 */
final class Submitter {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Enough concurrent requests that a slow answer does not hold back the rate. */
    private static final int THREADS = 8;

    private final FunctionUrlClient http = new FunctionUrlClient();
    private final Map<String, Instant> submitted = new ConcurrentHashMap<>();
    private final Map<String, String> refused = new ConcurrentHashMap<>();
    private final AtomicInteger sent = new AtomicInteger();

    /** Sends {@code count} items, one every 1/rate seconds, and returns once every answer is in. */
    void submit(URI contentApi, String prefix, int count, int languages, double rate) throws InterruptedException {
        String article = article(languages);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long interval = (long) (1_000_000_000L / rate);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            LockSupport.parkNanos(start + i * interval - System.nanoTime());
            String correlationId = prefix + i;
            pool.execute(() -> send(contentApi, correlationId, article));
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
    }

    private void send(URI contentApi, String correlationId, String article) {
        Instant at = Instant.now();
        try {
            HttpResponse<String> response = http.send("POST", contentApi.resolve("/content"), article,
                    Map.of("Content-Type", "application/json", "X-Correlation-Id", correlationId));
            if (response.statusCode() == 202) {
                submitted.put(correlationId, at);
            } else {
                refused.put(correlationId, response.statusCode() + " " + response.body());
            }
        } catch (Exception e) {
            refused.put(correlationId, e.toString());
        } finally {
            sent.incrementAndGet();
        }
    }

    private static String article(int languages) {
        ObjectNode article = JSON.createObjectNode().put("title", "Night trains are back")
                .put("body", "Across Europe, sleeper routes return, from Paris to Vienna and on to Berlin.")
                .put("language", "en").put("category", "travel");
        List<String> targets = Arrays.asList(FlowOptions.TARGET_LANGUAGES).subList(0, languages);
        article.set("targetLanguages", JSON.valueToTree(targets));
        return article.toString();
    }

    /** When each accepted item was sent, by correlation id. */
    Map<String, Instant> submitted() {
        return Map.copyOf(submitted);
    }

    /** The items the API did not accept, with its answer. */
    Map<String, String> refused() {
        return Map.copyOf(refused);
    }
}
