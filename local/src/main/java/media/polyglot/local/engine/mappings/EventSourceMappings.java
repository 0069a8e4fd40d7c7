package media.polyglot.local.engine.mappings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import media.polyglot.local.engine.dynamodb.DynamoDbEngine;
import media.polyglot.local.engine.lambda.LambdaHost;
import media.polyglot.local.engine.sqs.QueueEngine;

/**
 * The runtime's event source mappings: one poller thread per stream mapping, and per SQS mapping
 * as many as its maximum concurrency (each poller runs one batch at a time), all stopped together.
 */
public final class EventSourceMappings implements AutoCloseable {

    /** Each poller runs one batch at a time; past this many, more pollers only compete for a local machine's cores. */
    private static final int MOST_POLLERS_PER_MAPPING = 8;

    private final QueueEngine queues;
    private final DynamoDbEngine tables;
    private final LambdaHost functions;
    private final String region;
    private final StreamCheckpoints checkpoints;
    private final List<Thread> threads = new ArrayList<>();
    private final List<Runnable> stops = new ArrayList<>();
    private final List<String[]> sources = new ArrayList<>();

    /** @param dataDir where stream checkpoints are kept across restarts, or null for memory only */
    public EventSourceMappings(QueueEngine queues, DynamoDbEngine tables, LambdaHost functions, String region,
                               Path dataDir) {
        this.checkpoints = new StreamCheckpoints(dataDir == null ? null : dataDir.resolve("stream-checkpoints.json"));
        this.queues = queues;
        this.tables = tables;
        this.functions = functions;
        this.region = region;
    }

    /** Each mapping as {source ARN, function name}, for the topology a reader draws. */
    public synchronized List<String[]> sourcesToFunctions() {
        return List.copyOf(sources);
    }

    public synchronized void startSqs(SqsMapping mapping) {
        sources.add(new String[] {mapping.queueArn(), mapping.functionName()});
        for (int i = 0; i < Math.min(mapping.maxConcurrency(), MOST_POLLERS_PER_MAPPING); i++) {
            SqsEventSourcePoller poller = new SqsEventSourcePoller(mapping, queues, functions, region);
            start("sqs-" + mapping.functionName() + "-" + i, poller, poller::stop);
        }
    }

    public synchronized void startStream(StreamMapping mapping) {
        sources.add(new String[] {mapping.streamArn(), mapping.functionName()});
        StreamEventSourcePoller poller = new StreamEventSourcePoller(mapping, tables, queues, functions, checkpoints);
        start("stream-" + mapping.functionName(), poller, poller::stop);
    }

    private void start(String name, Runnable poller, Runnable stop) {
        Thread thread = new Thread(poller, name);
        thread.setDaemon(true);
        threads.add(thread);
        stops.add(stop);
        thread.start();
    }

    @Override
    public synchronized void close() {
        stops.forEach(Runnable::run);
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
