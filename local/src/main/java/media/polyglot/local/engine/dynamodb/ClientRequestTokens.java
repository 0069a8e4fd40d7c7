package media.polyglot.local.engine.dynamodb;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ClientRequestTokens of recent TransactWriteItems calls, kept for ten minutes as DynamoDB
 * keeps them (TransactWriteItems API reference), in memory: a restart forgets them. Use under the
 * database lock.
 */
final class ClientRequestTokens {

    private static final Duration KEPT = Duration.ofMinutes(10);

    private record Use(List<TransactWriteItem> actions, Instant expiresAt) {
    }

    private final Map<String, Use> uses = new HashMap<>();
    private final Clock clock;

    ClientRequestTokens(Clock clock) {
        this.clock = clock;
    }

    /**
     * Whether this call repeats one already applied; throws IdempotentParameterMismatchException
     * when the token was used for other actions.
     */
    boolean isRepeat(String token, List<TransactWriteItem> actions) {
        Instant now = clock.instant();
        uses.values().removeIf(use -> !use.expiresAt().isAfter(now));
        Use previous = uses.get(token);
        if (previous == null) {
            return false;
        }
        if (!previous.actions().equals(actions)) {
            throw new IdempotentParameterMismatchException(token);
        }
        return true;
    }

    void remember(String token, List<TransactWriteItem> actions) {
        uses.put(token, new Use(List.copyOf(actions), clock.instant().plus(KEPT)));
    }
}
