package media.polyglot.bench.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import media.polyglot.bench.BenchException;
import media.polyglot.bench.Latencies;

/** A fixed number of operations shared out to client threads: the rate over the whole run and each call's latency. */
final class Load {

    record Result(int ops, long nanos, Latencies latencies) {

        double perSecond() {
            return ops * 1e9 / nanos;
        }
    }

    private Load() {
    }

    static Result run(String what, int ops, int threads, IntConsumer operation) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        Latencies latencies = new Latencies();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < ops; i = next.getAndIncrement()) {
                        long began = System.nanoTime();
                        operation.accept(i);
                        latencies.add(System.nanoTime() - began);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                try {
                    worker.get();
                } catch (ExecutionException e) {
                    next.set(ops);
                    throw new BenchException(what + " failed: " + e.getCause().getMessage(), e.getCause());
                }
            }
            return new Result(ops, System.nanoTime() - start, latencies);
        } finally {
            pool.shutdownNow();
        }
    }
}
