package media.polyglot.local.engine.dynamodb.sqlite;

import java.time.Instant;
import java.util.Objects;
import media.polyglot.local.engine.dynamodb.StreamViewType;

/**
 * One stream of a table as the engine keeps it. Turning a table's stream off disables it (it
 * stays readable until its records age out); turning it on again starts a new stream.
 *
 * @param disabledAt     null while the stream is enabled
 * @param trimmedThrough the position of the newest record removed by the 24-hour retention, 0 for none
 */
public record StoredStream(long id, long tableId, String tableName, StreamViewType viewType, Instant createdAt,
                           Instant disabledAt, long trimmedThrough) {

    public StoredStream {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(viewType, "viewType");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean enabled() {
        return disabledAt == null;
    }
}
