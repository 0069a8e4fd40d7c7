package media.polyglot.local.engine.dynamodb;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Shard iterators: opaque to clients, here the stream ARN, the position to read after and when
 * the iterator was issued, in URL-safe base64. As DynamoDB's, they expire 15 minutes after they
 * were issued (GetShardIterator in the DynamoDB Streams API Reference).
 */
final class ShardIterators {

    static final Duration LIFETIME = Duration.ofMinutes(15);

    /** Where an iterator points: after {@code afterPosition} in the stream {@code streamArn}. */
    record Position(String streamArn, long afterPosition, Instant issuedAt) {
    }

    private static final String SEPARATOR = "|";

    private ShardIterators() {
    }

    static String encode(String streamArn, long afterPosition, Instant issuedAt) {
        String plain = streamArn + SEPARATOR + afterPosition + SEPARATOR + issuedAt.toEpochMilli();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The iterator's position, if it was issued by this engine and has not expired at {@code now}. */
    static Position decode(String iterator, Instant now) {
        if (iterator == null) {
            throw new ValidationException("1 validation error detected: Value null at 'shardIterator' failed to satisfy "
                    + "constraint: Member must not be null");
        }
        Position position;
        try {
            String plain = new String(Base64.getUrlDecoder().decode(iterator), StandardCharsets.UTF_8);
            int issued = plain.lastIndexOf(SEPARATOR);
            int after = plain.lastIndexOf(SEPARATOR, issued - 1);
            position = new Position(plain.substring(0, after), Long.parseLong(plain.substring(after + 1, issued)),
                    Instant.ofEpochMilli(Long.parseLong(plain.substring(issued + 1))));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new ValidationException("Invalid ShardIterator: " + iterator + " was not issued by GetShardIterator");
        }
        if (Duration.between(position.issuedAt(), now).compareTo(LIFETIME) > 0) {
            throw new ExpiredIteratorException("Iterator expired. The iterator was created at time "
                    + position.issuedAt() + " while right now it is " + now + " which is further in the future than the "
                    + "tolerated delay of " + LIFETIME.toMillis() + " milliseconds.");
        }
        return position;
    }
}
