package media.polyglot.bench.functions;

import java.time.Instant;

/** The wall clock in microseconds since the epoch, comparable between processes of one machine. */
public final class WallClock {

    private WallClock() {
    }

    /** {@link Instant#now()} has microsecond resolution on Linux. */
    public static long micros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }
}
