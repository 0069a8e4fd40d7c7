package media.polyglot.local.engine.dynamodb;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's background work, on one daemon thread once started: deleting expired items (TTL)
 * and trimming stream records older than 24 hours. A failed round is logged and the next round runs.
 */
final class Housekeeping implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

    private final TimeToLive timeToLive;
    private final StreamRetention retention;
    private ScheduledExecutorService scheduler;

    Housekeeping(TimeToLive timeToLive, StreamRetention retention) {
        this.timeToLive = timeToLive;
        this.retention = retention;
    }

    synchronized void start(Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("The TTL sweep interval must be positive, not " + interval);
        }
        if (scheduler != null) {
            throw new IllegalStateException("The DynamoDB engine's TTL sweeper is already running");
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dynamodb-ttl-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::runOnce, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        try {
            int expired = timeToLive.sweep();
            int trimmed = retention.trim();
            if (expired > 0 || trimmed > 0) {
                LOG.info("DynamoDB housekeeping: {} expired item(s) deleted, {} stream record(s) trimmed", expired, trimmed);
            }
        } catch (RuntimeException e) {
            LOG.error("DynamoDB housekeeping failed; it runs again at the next interval", e);
        }
    }

    @Override
    public synchronized void close() {
        if (scheduler == null) {
            return;
        }
        scheduler.shutdownNow();
        try {
            if (!scheduler.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("The DynamoDB TTL sweeper did not stop within 5 seconds");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scheduler = null;
    }
}
