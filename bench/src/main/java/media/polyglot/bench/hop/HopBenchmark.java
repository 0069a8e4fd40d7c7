package media.polyglot.bench.hop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import media.polyglot.bench.BenchAssembly;
import media.polyglot.bench.BenchException;
import media.polyglot.bench.BenchRun;
import media.polyglot.bench.Benchmark;
import media.polyglot.bench.Clients;
import media.polyglot.bench.Figure;
import media.polyglot.bench.Latencies;
import media.polyglot.bench.functions.WallClock;
import media.polyglot.bench.process.LocalRuntimeProcess;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Hop latency, one message in flight at a time: from PutEvents to the start of the consumer function's handler (rule,
 * SQS target, event source mapping, Lambda invoke), against a raw SQS hop through the same edge (SendMessage to the
 * return of a consumer's waiting ReceiveMessage).
 */
public final class HopBenchmark implements Benchmark {

    private static final String NAME = "hop";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Between samples, so the consumer (the mapping's poller, or the raw receiver) is waiting again when we send. */
    private static final long PAUSE_MILLIS = 5;
    private static final Duration COLD_HOP_LIMIT = Duration.ofSeconds(60);
    private static final Duration HOP_LIMIT = Duration.ofSeconds(20);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Figure> run(BenchRun run) throws Exception {
        int hops = run.options().hops();
        try (LocalRuntimeProcess runtime = run.startRuntime();
             EventBridgeClient events = Clients.on(EventBridgeClient.builder(), runtime.endpoint(), 1);
             SqsClient sqs = Clients.on(SqsClient.builder(), runtime.endpoint(), 2)) {
            String results = sqs.getQueueUrl(r -> r.queueName(BenchAssembly.HOP_RESULTS_QUEUE)).queueUrl();
            String rawQueue = sqs.getQueueUrl(r -> r.queueName(BenchAssembly.RAW_HOP_QUEUE)).queueUrl();

            int warmUp = Math.max(10, hops / 5);
            run.progress("warming up: %d hops through the bus (the first starts the consumer function), %d raw", warmUp,
                    warmUp);
            busHops(events, sqs, results, 1, COLD_HOP_LIMIT);
            busHops(events, sqs, results, warmUp, HOP_LIMIT);
            rawHops(sqs, rawQueue, warmUp);

            run.progress("measuring %d hops of each", hops);
            Latencies bus = busHops(events, sqs, results, hops, HOP_LIMIT);
            Latencies raw = rawHops(sqs, rawQueue, hops);

            double ratio = bus.percentileMillis(50) / raw.percentileMillis(50);
            String how = hops + " sequential hops";
            return List.of(
                    Figure.of(NAME, "put -> consumer handler start, p50", bus.percentileMillis(50), "ms").withNote(how),
                    Figure.of(NAME, "put -> consumer handler start, p99", bus.percentileMillis(99), "ms"),
                    Figure.of(NAME, "raw SQS send -> receive, p50", raw.percentileMillis(50), "ms")
                            .withNote("a receiver already waiting in ReceiveMessage"),
                    Figure.of(NAME, "raw SQS send -> receive, p99", raw.percentileMillis(99), "ms"),
                    Figure.atMost(NAME, "hop p50 / raw SQS hop p50", ratio, "x", 3));
        }
    }

    /** Puts one event at a time and reads, from the results queue, when the consumer's handler started on it. */
    private static Latencies busHops(EventBridgeClient events, SqsClient sqs, String results, int count,
                                     Duration limit) throws Exception {
        Latencies latencies = new Latencies();
        long base = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long seq = base + i;
            long sentAt = WallClock.micros();
            events.putEvents(r -> r.entries(e -> e.eventBusName(BenchAssembly.BUS).source("bench")
                    .detailType(BenchAssembly.HOP).detail("{\"seq\":" + seq + ",\"sentAtMicros\":" + sentAt + "}")));
            JsonNode result = awaitResult(sqs, results, seq, limit);
            latencies.add((result.path("startMicros").asLong() - sentAt) * 1_000);
            Thread.sleep(PAUSE_MILLIS);
        }
        return latencies;
    }

    private static JsonNode awaitResult(SqsClient sqs, String results, long seq, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            for (Message message : sqs.receiveMessage(r -> r.queueUrl(results).maxNumberOfMessages(10)
                    .waitTimeSeconds(1)).messages()) {
                sqs.deleteMessage(r -> r.queueUrl(results).receiptHandle(message.receiptHandle()));
                JsonNode result = JSON.readTree(message.body());
                if (result.path("seq").asLong() == seq) {
                    return result;
                }
            }
        }
        throw new BenchException("event " + seq + " did not reach the consumer function within " + limit.toSeconds()
                + " s (rule -> queue -> mapping -> function -> " + BenchAssembly.HOP_RESULTS_QUEUE + ")");
    }

    /** Sends one message at a time to a queue a receiver thread is already long-polling. */
    private static Latencies rawHops(SqsClient sqs, String queue, int count) throws Exception {
        BlockingQueue<Long> receivedAt = new LinkedBlockingQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread receiver = new Thread(() -> {
            while (running.get()) {
                for (Message message : sqs.receiveMessage(r -> r.queueUrl(queue).maxNumberOfMessages(1)
                        .waitTimeSeconds(1)).messages()) {
                    long now = System.nanoTime();
                    sqs.deleteMessage(r -> r.queueUrl(queue).receiptHandle(message.receiptHandle()));
                    receivedAt.add(now - Long.parseLong(message.body()));
                }
            }
        }, "raw-hop-receiver");
        receiver.start();
        try {
            Latencies latencies = new Latencies();
            for (int i = 0; i < count; i++) {
                Thread.sleep(PAUSE_MILLIS);
                long sentAt = System.nanoTime();
                sqs.sendMessage(r -> r.queueUrl(queue).messageBody(Long.toString(sentAt)));
                Long latency = receivedAt.poll(HOP_LIMIT.toSeconds(), TimeUnit.SECONDS);
                if (latency == null) {
                    throw new BenchException("a raw SQS message was not received within " + HOP_LIMIT.toSeconds() + " s");
                }
                latencies.add(latency);
            }
            return latencies;
        } finally {
            running.set(false);
            receiver.join();
        }
    }
}
