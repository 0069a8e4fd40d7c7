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

        /** Two parts of one measurement, taken at different times. */
        Result plus(Result other) {
            Latencies both = new Latencies();
            both.addAll(latencies);
            both.addAll(other.latencies);
            return new Result(ops + other.ops, nanos + other.nanos, both);
        }
    }

    private Load() {
    }

    /** Operations {@code from} (inclusive) to {@code to}, each given its number. */
    static Result run(String what, int from, int to, int threads, IntConsumer operation) throws InterruptedException {
        AtomicInteger next = new AtomicInteger(from);
        Latencies latencies = new Latencies();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
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
                    next.set(to);
                    throw new BenchException(what + " failed: " + e.getCause().getMessage(), e.getCause());
                }
            }
            return new Result(to - from, System.nanoTime() - start, latencies);
        } finally {
            pool.shutdownNow();
        }
    }
}
