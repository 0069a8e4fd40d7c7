package media.polyglot.bench.bus;

import java.util.ArrayList;
import java.util.List;
import media.polyglot.bench.BenchAssembly;
import media.polyglot.bench.BenchException;
import media.polyglot.bench.BenchRun;
import media.polyglot.bench.Benchmark;
import media.polyglot.bench.Clients;
import media.polyglot.bench.Figure;
import media.polyglot.bench.process.LocalRuntimeProcess;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * Bus throughput: PutEvents in batches of ten from several threads, through a rule matching {@code source: bench},
 * to an SQS target, counted by consumers receiving from that queue; and in the same run the raw SQS rate through the
 * same edge (SendMessageBatch and ReceiveMessage), the ceiling the bus is compared with.
 */
public final class BusBenchmark implements Benchmark {

    private static final String NAME = "bus";
    /** The events' detail, about the size of the project's own event payloads. */
    private static final String PADDING = "x".repeat(200);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Figure> run(BenchRun run) throws Exception {
        int threads = run.options().threads();
        int count = run.options().events();
        try (LocalRuntimeProcess runtime = run.startRuntime();
             EventBridgeClient events = Clients.on(EventBridgeClient.builder(), runtime.endpoint(), threads);
             SqsClient sqs = Clients.on(SqsClient.builder(), runtime.endpoint(), threads * 2)) {
            String busQueue = sqs.getQueueUrl(r -> r.queueName(BenchAssembly.BUS_QUEUE)).queueUrl();
            String rawQueue = sqs.getQueueUrl(r -> r.queueName(BenchAssembly.RAW_QUEUE)).queueUrl();
            Throughput.Producer putEvents = (tag, batch, size) -> putEvents(events, tag, batch, size);
            Throughput.Producer sendMessages = (tag, batch, size) -> sendMessages(sqs, rawQueue, tag, batch, size);

            int warmUp = Math.max(500, count / 5);
            run.progress("warming up: %d raw SQS messages, %d events", warmUp, warmUp);
            measure("warm-raw", warmUp, threads, sendMessages, sqs, rawQueue);
            measure("warm-bus", warmUp, threads, putEvents, sqs, busQueue);

            run.progress("raw SQS: %d messages, %d sending and %d receiving threads", count, threads, threads);
            Throughput.Result raw = measure("raw", count, threads, sendMessages, sqs, rawQueue);
            run.progress("bus: %d events, %d putting and %d receiving threads", count, threads, threads);
            Throughput.Result bus = measure("bus", count, threads, putEvents, sqs, busQueue);

            String how = count + " messages, " + threads + "+" + threads + " threads";
            List<Figure> figures = new ArrayList<>();
            figures.add(Figure.atLeast(NAME, "PutEvents -> rule -> SQS, delivered", bus.deliveredPerSecond(),
                    "events/s", 3_000).withNote(how + ", first put to last receive" + partial(bus)));
            figures.add(Figure.of(NAME, "PutEvents accepted", bus.sentPerSecond(), "events/s")
                    .withNote("while the consumers received"));
            figures.add(Figure.of(NAME, "raw SQS SendMessageBatch -> ReceiveMessage", raw.deliveredPerSecond(),
                    "msgs/s").withNote(how + ", same edge, same run" + partial(raw)));
            figures.add(Figure.atLeast(NAME, "bus rate / raw SQS rate", bus.deliveredPerSecond() / raw.deliveredPerSecond(),
                    "x", 0.5));
            return figures;
        }
    }

    private static String partial(Throughput.Result result) {
        return result.complete() ? "" : "; PARTIAL: deadline passed with " + result.delivered() + " of "
                + result.count() + " delivered";
    }

    private static Throughput.Result measure(String tag, int count, int threads, Throughput.Producer producer,
                                             SqsClient sqs, String queueUrl) throws Exception {
        return Throughput.measure(tag + "-" + System.nanoTime(), count, threads, threads, producer,
                runTag -> receive(sqs, queueUrl, runTag));
    }

    private static void putEvents(EventBridgeClient events, String tag, int batch, int size) {
        List<PutEventsRequestEntry> entries = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            entries.add(PutEventsRequestEntry.builder().eventBusName(BenchAssembly.BUS).source("bench")
                    .detailType(BenchAssembly.THROUGHPUT).detail(body(tag, batch * 10 + i)).build());
        }
        PutEventsResponse response = events.putEvents(r -> r.entries(entries));
        if (response.failedEntryCount() > 0) {
            PutEventsResultEntry failed = response.entries().stream().filter(e -> e.errorCode() != null).findFirst()
                    .orElseThrow();
            throw new BenchException("PutEvents refused " + response.failedEntryCount() + " of " + size
                    + " entries: " + failed.errorCode() + " " + failed.errorMessage());
        }
    }

    private static void sendMessages(SqsClient sqs, String queueUrl, String tag, int batch, int size) {
        List<SendMessageBatchRequestEntry> entries = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i))
                    .messageBody(body(tag, batch * 10 + i)).build());
        }
        SendMessageBatchResponse response = sqs.sendMessageBatch(r -> r.queueUrl(queueUrl).entries(entries));
        if (response.hasFailed() && !response.failed().isEmpty()) {
            throw new BenchException("SendMessageBatch refused " + response.failed().size() + " of " + size
                    + " messages: " + response.failed().get(0).code() + " " + response.failed().get(0).message());
        }
    }

    private static int receive(SqsClient sqs, String queueUrl, String tag) {
        int tagged = 0;
        for (Message message : sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1))
                .messages()) {
            if (message.body().contains(tag)) {
                tagged++;
            }
        }
        return tagged;
    }

    private static String body(String tag, int sequence) {
        return "{\"tag\":\"" + tag + "\",\"seq\":" + sequence + ",\"padding\":\"" + PADDING + "\"}";
    }
}
