package media.polyglot.local.engine.dynamodb;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The ClientRequestTokens of recent TransactWriteItems calls, kept for ten minutes as DynamoDB
 * keeps them (TransactWriteItems API reference), in memory: a restart forgets them. Use under the
 * database lock.
 */
final class ClientRequestTokens {

    private static final Duration KEPT = Duration.ofMinutes(10);

    private record Use(List<TransactWriteItem> actions, Instant expiresAt) {
    }

    /** In the order remembered, which is the order they expire in: expired ones are trimmed from the front. */
    private final LinkedHashMap<String, Use> uses = new LinkedHashMap<>();
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
        Iterator<Use> oldestFirst = uses.values().iterator();
        while (oldestFirst.hasNext() && !oldestFirst.next().expiresAt().isAfter(now)) {
            oldestFirst.remove();
        }
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
        uses.remove(token);
        uses.put(token, new Use(List.copyOf(actions), clock.instant().plus(KEPT)));
    }
}
