package media.polyglot.bench;

import java.util.Arrays;
import java.util.List;

/** Samples in nanoseconds, summarised as percentiles in milliseconds (nearest-rank). */
public final class Latencies {

    private long[] samples = new long[1024];
    private int size;

    public synchronized void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    public synchronized void addAll(Latencies other) {
        for (long sample : other.snapshot()) {
            add(sample);
        }
    }

    public synchronized int size() {
        return size;
    }

    /** The p-th percentile (0 &lt; p &lt;= 100) in milliseconds. */
    public synchronized double percentileMillis(double p) {
        if (size == 0) {
            throw new IllegalStateException("no samples: nothing was measured");
        }
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile " + p + " is not in (0, 100]");
        }
        long[] sorted = sorted();
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(rank, 1) - 1] / 1_000_000.0;
    }

    /** The median of a few figures (repeated starts, cold invocations). */
    public static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalStateException("no figures: nothing was measured");
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private synchronized long[] snapshot() {
        return Arrays.copyOf(samples, size);
    }

    private long[] sorted() {
        long[] copy = Arrays.copyOf(samples, size);
        Arrays.sort(copy);
        return copy;
    }
}
