package media.polyglot.bench.bus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import media.polyglot.bench.BenchException;

/**
 * One throughput measurement: producer threads send {@code count} messages in batches of ten while consumer threads
 * receive them from a queue; the rate is every message delivered over the time from the first send to the last
 * receive.
 */
final class Throughput {

    /** Sends the batch numbered {@code batch} of {@code size} messages, all tagged with {@code tag}. */
    interface Producer {
        void send(String tag, int batch, int size);
    }

    /** Receives up to ten messages (long-polling briefly) and says how many carry {@code tag}. */
    interface Consumer {
        int receive(String tag);
    }

    /** {@code delivered} is less than {@code count} when the deadline passed first; the rate is then a partial one. */
    record Result(int count, int delivered, long sendNanos, long deliverNanos) {

        boolean complete() {
            return delivered >= count;
        }

        double deliveredPerSecond() {
            return delivered * 1e9 / deliverNanos;
        }

        double sentPerSecond() {
            return count * 1e9 / sendNanos;
        }
    }

    private Throughput() {
    }

    static Result measure(String tag, int count, int producers, int consumers, Producer producer, Consumer consumer)
            throws Exception {
        int batches = (count + 9) / 10;
        AtomicInteger nextBatch = new AtomicInteger();
        AtomicInteger delivered = new AtomicInteger();
        AtomicLong lastDelivery = new AtomicLong();
        AtomicLong lastSend = new AtomicLong();
        AtomicBoolean failed = new AtomicBoolean();
        // Generous: a rate of 200 per second would still finish; anything slower is a failure to report.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos() + count * 5_000_000L;
        ExecutorService threads = Executors.newFixedThreadPool(producers + consumers);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < consumers; i++) {
                running.add(threads.submit(() -> {
                    while (delivered.get() < count && !failed.get() && System.nanoTime() < deadline) {
                        int received = consumer.receive(tag);
                        if (received > 0 && delivered.addAndGet(received) >= count) {
                            lastDelivery.compareAndSet(0, System.nanoTime());
                        }
                    }
                    return null;
                }));
            }
            long start = System.nanoTime();
            for (int i = 0; i < producers; i++) {
                running.add(0, threads.submit(() -> {
                    try {
                        for (int b = nextBatch.getAndIncrement(); b < batches; b = nextBatch.getAndIncrement()) {
                            producer.send(tag, b, Math.min(10, count - b * 10));
                        }
                    } catch (RuntimeException e) {
                        failed.set(true);
                        throw e;
                    }
                    lastSend.accumulateAndGet(System.nanoTime(), Math::max);
                    return null;
                }));
            }
            for (Future<?> future : running) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    failed.set(true);
                    throw new BenchException(tag + ": " + e.getCause().getMessage(), e.getCause());
                }
            }
            if (delivered.get() < count) {
                return new Result(count, delivered.get(), lastSend.get() - start, System.nanoTime() - start);
            }
            return new Result(count, count, lastSend.get() - start, lastDelivery.get() - start);
        } finally {
            threads.shutdownNow();
        }
    }
}
