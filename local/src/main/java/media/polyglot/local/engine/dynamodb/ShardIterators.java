package media.polyglot.local.engine.dynamodb;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Shard iterators: opaque to clients, here the stream ARN and the position to read after, in
 * URL-safe base64. They do not expire (DynamoDB's expire after 15 minutes).
 */
final class ShardIterators {

    /** Where an iterator points: after {@code afterPosition} in the stream {@code streamArn}. */
    record Position(String streamArn, long afterPosition) {
    }

    private static final String SEPARATOR = "|";

    private ShardIterators() {
    }

    static String encode(String streamArn, long afterPosition) {
        String plain = streamArn + SEPARATOR + afterPosition;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static Position decode(String iterator) {
        if (iterator == null) {
            throw new ValidationException("1 validation error detected: Value null at 'shardIterator' failed to satisfy "
                    + "constraint: Member must not be null");
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(iterator), StandardCharsets.UTF_8);
            int separator = plain.lastIndexOf(SEPARATOR);
            return new Position(plain.substring(0, separator), Long.parseLong(plain.substring(separator + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new ValidationException("Invalid ShardIterator: " + iterator + " was not issued by GetShardIterator");
        }
    }
}
