package media.polyglot.local.engine.sns;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A FIFO topic's sequence numbers and deduplication: a message whose deduplication id was seen in
 * the last five minutes is accepted but not delivered again, and Publish answers the first
 * message's id and sequence number ("Message deduplication for FIFO topics"). With content-based
 * deduplication the id is the SHA-256 of the body.
 */
final class FifoSequencer {

    static final Duration DEDUPLICATION_INTERVAL = Duration.ofMinutes(5);
    /** SNS sequence numbers are large and increasing; starting high gives them their familiar width. */
    private static final BigInteger FIRST = new BigInteger("10000000000000000000");

    private final Map<String, Sequenced> seen = new LinkedHashMap<>();
    private BigInteger next = FIRST;

    /** The outcome for one message: its id and sequence number, and whether it repeats an earlier one. */
    record Sequenced(PublishResult result, boolean duplicate, Instant at) {
    }

    synchronized Sequenced sequence(String deduplicationId, Instant now) {
        seen.values().removeIf(entry -> entry.at().plus(DEDUPLICATION_INTERVAL).isBefore(now));
        Sequenced earlier = seen.get(deduplicationId);
        if (earlier != null) {
            return new Sequenced(earlier.result(), true, earlier.at());
        }
        Sequenced accepted = new Sequenced(new PublishResult(UUID.randomUUID().toString(), next.toString()), false, now);
        next = next.add(BigInteger.ONE);
        seen.put(deduplicationId, accepted);
        return accepted;
    }

    static String contentDeduplicationId(String message) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(message.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }
}
