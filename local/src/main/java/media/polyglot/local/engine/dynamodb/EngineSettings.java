package media.polyglot.local.engine.dynamodb;

import java.time.Clock;
import java.util.Objects;

/**
 * Where the engine pretends to run, for ARNs and stream records, and the clock it stamps
 * creation times with.
 */
public record EngineSettings(String region, String accountId, Clock clock) {

    /** The local convention: {@code us-east-1}, account {@code 000000000000}, the system clock. */
    public static final EngineSettings DEFAULTS = new EngineSettings("us-east-1", "000000000000", Clock.systemUTC());

    public EngineSettings {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(clock, "clock");
        if (accountId == null || !accountId.matches("\\d{12}")) {
            throw new IllegalArgumentException("An AWS account id is 12 digits, not: " + accountId);
        }
    }

    public EngineSettings withClock(Clock otherClock) {
        return new EngineSettings(region, accountId, otherClock);
    }
}
