package media.polyglot.local.engine.dynamodb.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import media.polyglot.local.engine.dynamodb.StreamEventName;
import media.polyglot.local.engine.dynamodb.StreamViewType;
import media.polyglot.local.engine.dynamodb.value.AttributeValueJson;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * The rows of {@code ddb_stream} and {@code ddb_stream_record}: every table's streams, their
 * records written in the same transaction as the change they record. Call inside
 * {@link SqliteDatabase#transaction}.
 */
public final class StreamStore {

    static final String COLUMNS = "s.id AS s_id, s.table_id AS s_table_id, s.table_name AS s_table_name, "
            + "s.view_type AS s_view_type, s.created_at_millis AS s_created, s.disabled_at_millis AS s_disabled, "
            + "s.trimmed_through AS s_trimmed";
    private static final String TTL_IDENTITY = "Service";

    private final SqliteDatabase database;

    public StreamStore(SqliteDatabase database) {
        this.database = database;
    }

    /** Starts a new, enabled stream for the table. */
    public StoredStream create(long tableId, String tableName, StreamViewType viewType, Instant createdAt)
            throws SQLException {
        PreparedStatement insert = database.statement("INSERT INTO ddb_stream (table_id, table_name, view_type, "
                + "created_at_millis) VALUES (?, ?, ?, ?) RETURNING id");
        insert.setLong(1, tableId);
        insert.setString(2, tableName);
        insert.setString(3, viewType.name());
        insert.setLong(4, createdAt.toEpochMilli());
        try (ResultSet rows = insert.executeQuery()) {
            rows.next();
            return new StoredStream(rows.getLong(1), tableId, tableName, viewType, createdAt, null, 0);
        }
    }

    public void disable(long streamId, Instant at) throws SQLException {
        PreparedStatement update = database.statement("UPDATE ddb_stream SET disabled_at_millis = ? WHERE id = ?");
        update.setLong(1, at.toEpochMilli());
        update.setLong(2, streamId);
        update.executeUpdate();
    }

    /** The streams of the tables named {@code tableName} ({@code null}: of every table), oldest first. */
    public List<StoredStream> streams(String tableName) throws SQLException {
        PreparedStatement select;
        if (tableName == null) {
            select = database.statement("SELECT " + COLUMNS + " FROM ddb_stream s ORDER BY s.table_name, s.id");
        } else {
            select = database.statement("SELECT " + COLUMNS + " FROM ddb_stream s WHERE s.table_name = ? ORDER BY s.id");
            select.setString(1, tableName);
        }
        List<StoredStream> streams = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                streams.add(readStream(rows));
            }
        }
        return streams;
    }

    public long append(StoredStream stream, StreamChange change) throws SQLException {
        PreparedStatement insert = database.statement("INSERT INTO ddb_stream_record (table_id, stream_id, event_id, "
                + "event_name, created_at_seconds, keys, new_image, old_image, size_bytes, user_identity) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING sequence");
        insert.setLong(1, stream.tableId());
        insert.setLong(2, stream.id());
        insert.setString(3, change.eventId());
        insert.setString(4, change.eventName().name());
        insert.setLong(5, change.createdAtEpochSecond());
        insert.setString(6, AttributeValueJson.itemToText(change.keys()));
        setImage(insert, 7, change.newImage());
        setImage(insert, 8, change.oldImage());
        insert.setInt(9, change.sizeBytes());
        TableStore.setNullable(insert, 10, change.removedByTimeToLive() ? TTL_IDENTITY : null);
        try (ResultSet rows = insert.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A stream's changes with positions above {@code afterSequence}, oldest first, at most {@code limit}. */
    public List<SequencedChange> readAfter(long streamId, long afterSequence, int limit) throws SQLException {
        PreparedStatement select = database.statement("SELECT sequence, event_id, event_name, created_at_seconds, keys, "
                + "new_image, old_image, size_bytes, user_identity FROM ddb_stream_record WHERE stream_id = ? "
                + "AND sequence > ? ORDER BY sequence LIMIT ?");
        select.setLong(1, streamId);
        select.setLong(2, afterSequence);
        select.setInt(3, limit);
        List<SequencedChange> changes = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                changes.add(new SequencedChange(rows.getLong(1), new StreamChange(rows.getString(2),
                        StreamEventName.valueOf(rows.getString(3)), rows.getLong(4),
                        AttributeValueJson.itemFromText(rows.getString(5)), image(rows.getString(6)),
                        image(rows.getString(7)), rows.getInt(8), TTL_IDENTITY.equals(rows.getString(9)))));
            }
        }
        return changes;
    }

    /** The position of a stream's newest change, or of its trim horizon when it has none. */
    public long lastSequence(StoredStream stream) throws SQLException {
        PreparedStatement select = database.statement(
                "SELECT coalesce(max(sequence), 0) FROM ddb_stream_record WHERE stream_id = ?");
        select.setLong(1, stream.id());
        try (ResultSet rows = select.executeQuery()) {
            rows.next();
            return Math.max(rows.getLong(1), stream.trimmedThrough());
        }
    }

    /**
     * Removes the records of every stream created before {@code cutoffEpochSecond}, remembering
     * per stream the newest removed, and the streams disabled before then. Returns the records removed.
     */
    public int trim(long cutoffEpochSecond) throws SQLException {
        PreparedStatement horizon = database.statement("UPDATE ddb_stream SET trimmed_through = max(trimmed_through, "
                + "coalesce((SELECT max(r.sequence) FROM ddb_stream_record r WHERE r.stream_id = ddb_stream.id "
                + "AND r.created_at_seconds < ?), 0))");
        horizon.setLong(1, cutoffEpochSecond);
        horizon.executeUpdate();
        PreparedStatement records = database.statement("DELETE FROM ddb_stream_record WHERE created_at_seconds < ?");
        records.setLong(1, cutoffEpochSecond);
        int removed = records.executeUpdate();
        PreparedStatement streams = database.statement(
                "DELETE FROM ddb_stream WHERE disabled_at_millis IS NOT NULL AND disabled_at_millis < ?");
        streams.setLong(1, cutoffEpochSecond * 1000);
        streams.executeUpdate();
        return removed;
    }

    /** Deletes a table's streams and their records. */
    public void deleteAll(long tableId) throws SQLException {
        PreparedStatement records = database.statement("DELETE FROM ddb_stream_record WHERE table_id = ?");
        records.setLong(1, tableId);
        records.executeUpdate();
        PreparedStatement streams = database.statement("DELETE FROM ddb_stream WHERE table_id = ?");
        streams.setLong(1, tableId);
        streams.executeUpdate();
    }

    /** The stream in a row selected with {@link #COLUMNS}, or null when the row has none. */
    static StoredStream readStream(ResultSet row) throws SQLException {
        long id = row.getLong("s_id");
        if (row.wasNull()) {
            return null;
        }
        long disabled = row.getLong("s_disabled");
        Instant disabledAt = row.wasNull() ? null : Instant.ofEpochMilli(disabled);
        return new StoredStream(id, row.getLong("s_table_id"), row.getString("s_table_name"),
                StreamViewType.valueOf(row.getString("s_view_type")), Instant.ofEpochMilli(row.getLong("s_created")),
                disabledAt, row.getLong("s_trimmed"));
    }

    private static void setImage(PreparedStatement statement, int index, Item image) throws SQLException {
        if (image == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, AttributeValueJson.itemToText(image));
        }
    }

    private static Item image(String text) {
        return text == null ? null : AttributeValueJson.itemFromText(text);
    }
}
