package media.polyglot.local.engine.lambda;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One invocation on its way through an instance: queued, then taken by the runtime (which fixes its deadline),
 * then answered. Both steps are futures so the invoking thread can wait on them with a limit.
 */
final class Invocation {

    private final String requestId = UUID.randomUUID().toString();
    private final String traceId = newTraceId();
    private final byte[] payload;
    private final Duration timeout;
    private final CompletableFuture<Instant> deadline = new CompletableFuture<>();
    private final CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    private volatile Instant clockStart;

    Invocation(byte[] payload, Duration timeout) {
        this.payload = Objects.requireNonNull(payload, "payload");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    String requestId() {
        return requestId;
    }

    String traceId() {
        return traceId;
    }

    byte[] payload() {
        return payload;
    }

    /** The runtime took the invocation: the function's time starts now, as Lambda-Runtime-Deadline-Ms tells it. */
    void deliver() {
        Instant since = clockStart;
        deadline.complete((since == null ? Instant.now() : since).plus(timeout));
    }

    /**
     * The instance missed the init time limit at {@code since}: as Lambda retries such an init within the function's
     * timeout, the function's time runs from then, whenever the runtime takes the invocation.
     */
    void startClockAt(Instant since) {
        clockStart = since;
    }

    /** Ends the invocation; the first outcome wins (a late response after a timeout changes nothing). */
    void finish(Outcome result) {
        outcome.complete(result);
    }

    CompletableFuture<Instant> deadline() {
        return deadline;
    }

    CompletableFuture<Outcome> outcome() {
        return outcome;
    }

    /** An X-Ray trace header, {@code Root=1-<epoch seconds>-<96 random bits>;Parent=<64 bits>;Sampled=0}. */
    private static String newTraceId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        HexFormat hex = HexFormat.of();
        byte[] root = new byte[12];
        byte[] parent = new byte[8];
        random.nextBytes(root);
        random.nextBytes(parent);
        return "Root=1-" + Long.toHexString(Instant.now().getEpochSecond()) + "-" + hex.formatHex(root)
                + ";Parent=" + hex.formatHex(parent) + ";Sampled=0";
    }
}
