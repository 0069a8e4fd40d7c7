package media.polyglot.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import media.polyglot.common.testing.LocalAws;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The guard against the local runtime's DynamoDB engine. */
class IdempotencyGuardTest {

    private static final Instant START = Instant.parse("2026-11-26T10:00:00Z");

    private static LocalAws aws;

    private final MovableClock clock = new MovableClock(START);
    private final IdempotencyGuard guard = new IdempotencyGuard(aws.dynamoDb(), "idempotency", Duration.ofHours(1), clock);
    private final AtomicInteger runs = new AtomicInteger();

    @BeforeAll
    static void start() {
        aws = LocalAws.start();
        aws.createTable("idempotency", "id", null);
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Test
    void duplicateDeliveryRunsTheWorkOnceAndGetsTheStoredResult() {
        String first = guard.execute("c#dup", "hash-1", clock.instant().plusSeconds(10), this::work);
        String second = guard.execute("c#dup", "hash-1", clock.instant().plusSeconds(10), this::work);

        assertThat(first).isEqualTo("run 1");
        assertThat(second).isEqualTo("run 1");
        assertThat(runs).hasValue(1);
    }

    @Test
    void theSameKeyWithAnotherPayloadIsAnErrorNotAReplay() {
        guard.execute("c#reused", "hash-1", clock.instant().plusSeconds(10), this::work);

        assertThatThrownBy(() -> guard.execute("c#reused", "hash-2", clock.instant().plusSeconds(10), this::work))
                .isInstanceOf(IdempotencyKeyReusedException.class)
                .hasMessage("idempotency key c#reused was first used with payload hash hash-1 and now with hash-2: "
                        + "an event id must not be reused for another payload");
        assertThat(runs).hasValue(1);
    }

    @Test
    void aDuplicateWhileInProgressIsRetriedLaterNeverRunTwice() {
        assertThatThrownBy(() -> guard.execute("c#busy", "hash-1", clock.instant().plusSeconds(10), () ->
                guard.execute("c#busy", "hash-1", clock.instant().plusSeconds(10), this::work)))
                .isInstanceOf(IdempotencyInProgressException.class);
        assertThat(runs).hasValue(0);
    }

    @Test
    void aCrashedAttemptIsTakenOverOnceItsDeadlineHasPassed() {
        claimAndCrash("c#crashed", clock.instant().plusSeconds(10));

        assertThatThrownBy(() -> guard.execute("c#crashed", "hash-1", clock.instant().plusSeconds(10), this::work))
                .isInstanceOf(IdempotencyInProgressException.class);
        clock.advance(Duration.ofSeconds(11));

        assertThat(guard.execute("c#crashed", "hash-1", clock.instant().plusSeconds(10), this::work)).isEqualTo("run 1");
    }

    @Test
    void failedWorkReleasesTheKeySoTheRetryRunsAtOnce() {
        assertThatThrownBy(() -> guard.execute("c#failed", "hash-1", clock.instant().plusSeconds(10), () -> {
            throw new IllegalStateException("downstream refused");
        })).hasMessage("downstream refused");

        assertThat(guard.execute("c#failed", "hash-1", clock.instant().plusSeconds(10), this::work)).isEqualTo("run 1");
    }

    @Test
    void aCompletedKeyExpiresAndRunsAgainAfterwards() {
        guard.execute("c#old", "hash-1", clock.instant().plusSeconds(10), this::work);
        clock.advance(Duration.ofHours(1).plusSeconds(1));

        assertThat(guard.execute("c#old", "hash-2", clock.instant().plusSeconds(10), this::work)).isEqualTo("run 2");
    }

    /** Claims the key the way an invocation does, then dies before completing it. */
    private void claimAndCrash(String key, Instant deadline) {
        try {
            guard.execute(key, "hash-1", deadline, () -> {
                throw new Crash();
            });
        } catch (Crash expected) {
            // A crashed process never releases: put the claim back as it would have stayed.
            aws.dynamoDb().putItem(p -> p.tableName("idempotency").item(java.util.Map.of(
                    "id", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(key),
                    "status", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("IN_PROGRESS"),
                    "payloadHash", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("hash-1"),
                    "inProgressUntil", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN(
                            Long.toString(deadline.toEpochMilli())),
                    "expiresAt", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN(
                            Long.toString(clock.instant().plusSeconds(3600).getEpochSecond())))));
        }
    }

    private String work() {
        return "run " + runs.incrementAndGet();
    }

    private static final class Crash extends RuntimeException {
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
