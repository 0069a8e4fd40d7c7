package media.polyglot.local.engine.dynamodb;

import java.time.Duration;
import media.polyglot.local.engine.dynamodb.sqlite.SqliteDatabase;
import media.polyglot.local.engine.dynamodb.sqlite.StreamStore;

/**
 * DynamoDB Streams keeps a stream's records for 24 hours ("Change data capture for DynamoDB
 * Streams" in the Developer Guide): older records are trimmed, and so are streams disabled before then.
 */
final class StreamRetention {

    static final Duration RETENTION = Duration.ofHours(24);

    private final SqliteDatabase database;
    private final StreamStore streams;
    private final EngineSettings settings;

    StreamRetention(SqliteDatabase database, StreamStore streams, EngineSettings settings) {
        this.database = database;
        this.streams = streams;
        this.settings = settings;
    }

    /** Trims what is older than 24 hours by the engine's clock; returns how many records went. */
    int trim() {
        long cutoff = settings.clock().instant().minus(RETENTION).getEpochSecond();
        return database.transaction("stream retention", () -> streams.trim(cutoff));
    }
}
