package media.polyglot.local.engine.dynamodb.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The rows of {@code ddb_tag}: each table's tags. Call inside {@link SqliteDatabase#transaction}. */
public final class TagStore {

    private final SqliteDatabase database;

    public TagStore(SqliteDatabase database) {
        this.database = database;
    }

    public void put(long tableId, String key, String value) throws SQLException {
        PreparedStatement upsert = database.statement(
                "INSERT OR REPLACE INTO ddb_tag (table_id, tag_key, tag_value) VALUES (?, ?, ?)");
        upsert.setLong(1, tableId);
        upsert.setString(2, key);
        upsert.setString(3, value);
        upsert.executeUpdate();
    }

    public void delete(long tableId, String key) throws SQLException {
        PreparedStatement delete = database.statement("DELETE FROM ddb_tag WHERE table_id = ? AND tag_key = ?");
        delete.setLong(1, tableId);
        delete.setString(2, key);
        delete.executeUpdate();
    }

    /** The table's tags by key, in key order. */
    public Map<String, String> all(long tableId) throws SQLException {
        PreparedStatement select = database.statement(
                "SELECT tag_key, tag_value FROM ddb_tag WHERE table_id = ? ORDER BY tag_key");
        select.setLong(1, tableId);
        Map<String, String> tags = new LinkedHashMap<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                tags.put(rows.getString(1), rows.getString(2));
            }
        }
        return tags;
    }

    public void deleteAll(long tableId) throws SQLException {
        PreparedStatement delete = database.statement("DELETE FROM ddb_tag WHERE table_id = ?");
        delete.setLong(1, tableId);
        delete.executeUpdate();
    }
}
