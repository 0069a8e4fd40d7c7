package media.polyglot.local.engine.dynamodb.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import media.polyglot.local.engine.dynamodb.StreamEventName;
import media.polyglot.local.engine.dynamodb.value.AttributeValueJson;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * The rows of {@code ddb_stream_record}: every table's stream, written in the same transaction as
 * the change it records. Call inside {@link SqliteDatabase#transaction}.
 */
public final class StreamStore {

    private final SqliteDatabase database;

    public StreamStore(SqliteDatabase database) {
        this.database = database;
    }

    public long append(long tableId, StreamChange change) throws SQLException {
        PreparedStatement insert = database.statement("INSERT INTO ddb_stream_record (table_id, event_id, event_name, "
                + "created_at_seconds, keys, new_image, old_image, size_bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING sequence");
        insert.setLong(1, tableId);
        insert.setString(2, change.eventId());
        insert.setString(3, change.eventName().name());
        insert.setLong(4, change.createdAtEpochSecond());
        insert.setString(5, AttributeValueJson.itemToText(change.keys()));
        setImage(insert, 6, change.newImage());
        setImage(insert, 7, change.oldImage());
        insert.setInt(8, change.sizeBytes());
        try (ResultSet rows = insert.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A table's changes with positions above {@code afterSequence}, oldest first, at most {@code limit}. */
    public List<SequencedChange> readAfter(long tableId, long afterSequence, int limit) throws SQLException {
        PreparedStatement select = database.statement("SELECT sequence, event_id, event_name, created_at_seconds, keys, "
                + "new_image, old_image, size_bytes FROM ddb_stream_record WHERE table_id = ? AND sequence > ? "
                + "ORDER BY sequence LIMIT ?");
        select.setLong(1, tableId);
        select.setLong(2, afterSequence);
        select.setInt(3, limit);
        List<SequencedChange> changes = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                changes.add(new SequencedChange(rows.getLong(1), new StreamChange(rows.getString(2), StreamEventName.valueOf(rows.getString(3)),
                        rows.getLong(4), AttributeValueJson.itemFromText(rows.getString(5)), image(rows.getString(6)),
                        image(rows.getString(7)), rows.getInt(8))));
            }
        }
        return changes;
    }

    /** The position of a table's newest change, or 0 when it has none. */
    public long lastSequence(long tableId) throws SQLException {
        PreparedStatement select = database.statement(
                "SELECT coalesce(max(sequence), 0) FROM ddb_stream_record WHERE table_id = ?");
        select.setLong(1, tableId);
        try (ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    public void deleteAll(long tableId) throws SQLException {
        PreparedStatement delete = database.statement("DELETE FROM ddb_stream_record WHERE table_id = ?");
        delete.setLong(1, tableId);
        delete.executeUpdate();
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
