package media.polyglot.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Runs a piece of work at most once per key, however often its trigger is delivered. Before the work,
 * a conditional put claims the key in state IN_PROGRESS with the invocation's deadline; after it, the
 * record turns COMPLETED with the work's result, which a duplicate gets back instead of running the work
 * again. A claim whose deadline has passed (its invocation crashed) may be taken over; records expire
 * (DynamoDB TTL on {@code expiresAt}, and the condition does not trust an expired one either). The hash
 * of the payload is kept: the same key with a different payload is an error, not a silent replay.
 *
 * <p>Table: partition key {@code id} (string), TTL attribute {@code expiresAt}.
 */
public final class IdempotencyGuard {

    /** How long a completed key is remembered: one hour, as the design says. */
    public static final Duration DEFAULT_EXPIRY = Duration.ofHours(1);

    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String COMPLETED = "COMPLETED";

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final Duration expiry;
    private final Clock clock;

    public IdempotencyGuard(DynamoDbClient dynamoDb, String table, Duration expiry, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.expiry = expiry;
        this.clock = clock;
    }

    public static IdempotencyGuard create(DynamoDbClient dynamoDb, String table) {
        return new IdempotencyGuard(dynamoDb, table, DEFAULT_EXPIRY, Clock.systemUTC());
    }

    /**
     * Runs {@code work} unless {@code key} was done before.
     *
     * @param key         consumer and event id, for example {@code moderation#<eventId>}
     * @param payloadHash hash of what the key stands for
     * @param deadline    when this invocation will have been stopped at the latest (its timeout)
     * @return the work's result, now or from the first run
     * @throws IdempotencyInProgressException when another invocation holds the key: retry later
     * @throws IdempotencyKeyReusedException  when the key was used with another payload
     */
    public String execute(String key, String payloadHash, Instant deadline, Supplier<String> work) {
        Instant now = clock.instant();
        try {
            dynamoDb.putItem(p -> p.tableName(table)
                    .item(Map.of(
                            "id", AttributeValue.fromS(key),
                            "status", AttributeValue.fromS(IN_PROGRESS),
                            "payloadHash", AttributeValue.fromS(payloadHash),
                            "inProgressUntil", number(deadline.toEpochMilli()),
                            "expiresAt", number(now.plus(expiry).getEpochSecond())))
                    .conditionExpression("attribute_not_exists(id) OR expiresAt < :nowSeconds"
                            + " OR (#status = :inProgress AND inProgressUntil < :nowMillis)")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(
                            ":nowSeconds", number(now.getEpochSecond()),
                            ":nowMillis", number(now.toEpochMilli()),
                            ":inProgress", AttributeValue.fromS(IN_PROGRESS))));
        } catch (ConditionalCheckFailedException taken) {
            return previousResult(key, payloadHash);
        }
        String result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            try {
                release(key);
            } catch (RuntimeException releaseFailed) {
                e.addSuppressed(releaseFailed);
            }
            throw e;
        }
        dynamoDb.updateItem(u -> u.tableName(table)
                .key(Map.of("id", AttributeValue.fromS(key)))
                .updateExpression("SET #status = :completed, #result = :result")
                .expressionAttributeNames(Map.of("#status", "status", "#result", "result"))
                .expressionAttributeValues(Map.of(
                        ":completed", AttributeValue.fromS(COMPLETED),
                        ":result", AttributeValue.fromS(result))));
        return result;
    }

    private String previousResult(String key, String payloadHash) {
        Map<String, AttributeValue> record = dynamoDb.getItem(g -> g.tableName(table).consistentRead(true)
                .key(Map.of("id", AttributeValue.fromS(key)))).item();
        if (record == null || record.isEmpty()) {
            // Released between our put and our read: the work failed there and will be retried.
            throw new IdempotencyInProgressException(key);
        }
        if (!payloadHash.equals(record.get("payloadHash").s())) {
            throw new IdempotencyKeyReusedException(key, record.get("payloadHash").s(), payloadHash);
        }
        if (COMPLETED.equals(record.get("status").s())) {
            return record.get("result").s();
        }
        throw new IdempotencyInProgressException(key);
    }

    /** The work failed: let the next delivery run it at once instead of waiting for the deadline. */
    private void release(String key) {
        dynamoDb.deleteItem(d -> d.tableName(table)
                .key(Map.of("id", AttributeValue.fromS(key)))
                .conditionExpression("#status = :inProgress")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":inProgress", AttributeValue.fromS(IN_PROGRESS))));
    }

    private static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
