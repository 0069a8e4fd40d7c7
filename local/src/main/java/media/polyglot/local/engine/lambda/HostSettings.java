package media.polyglot.local.engine.lambda;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the Lambda host runs every function.
 *
 * @param region                  the region in function ARNs
 * @param accountId               the 12-digit account in function ARNs
 * @param maxInstancesPerFunction how many instances of one function may run at once (its concurrency)
 * @param initTimeLimit           how long a new instance may take from spawn to asking for its first invocation;
 *                                Lambda limits the init phase to 10 seconds
 * @param shutdownGrace           how long a stopping instance gets after SIGTERM before it is killed
 * @param concurrentStarts        how many new instances, of all functions, may be starting at once
 */
record HostSettings(String region, String accountId, int maxInstancesPerFunction, Duration initTimeLimit,
                    Duration shutdownGrace, int concurrentStarts) {

    static final Duration LAMBDA_INIT_TIME_LIMIT = Duration.ofSeconds(10);
    /** An instance that records its class-data archive writes it as it exits: a second or two, more on a busy machine. */
    static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(10);
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    HostSettings {
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException("The Lambda host needs a region for function ARNs");
        }
        if (accountId == null || !ACCOUNT_ID.matcher(accountId).matches()) {
            throw new IllegalArgumentException("Account id '" + accountId + "' is not 12 digits");
        }
        if (maxInstancesPerFunction < 1) {
            throw new IllegalArgumentException("maxInstancesPerFunction is " + maxInstancesPerFunction
                    + "; a function needs at least one instance");
        }
        requirePositive(initTimeLimit, "initTimeLimit");
        requirePositive(shutdownGrace, "shutdownGrace");
        if (concurrentStarts < 1) {
            throw new IllegalArgumentException("concurrentStarts is " + concurrentStarts + "; at least one instance"
                    + " must be able to start");
        }
    }

    static HostSettings of(String region, String accountId, int maxInstancesPerFunction) {
        return new HostSettings(region, accountId, maxInstancesPerFunction, LAMBDA_INIT_TIME_LIMIT,
                DEFAULT_SHUTDOWN_GRACE, machineStarts());
    }

    /**
     * Lambda starts instances on a fleet; here they share one machine's cores. A JVM starting takes a core for a
     * few seconds, so starting more at once than there are cores only makes each miss the 10 second init limit
     * and start again, and a burst of work never gets served.
     */
    static int machineStarts() {
        return Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " is " + duration + "; it must be positive");
        }
    }
}
