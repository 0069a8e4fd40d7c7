package media.polyglot.local.engine.dynamodb.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import media.polyglot.local.engine.dynamodb.value.AttributeValueJson;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * The rows of {@code ddb_item}: each item as DynamoDB JSON under its encoded key.
 * Call inside {@link SqliteDatabase#transaction}.
 */
public final class ItemStore {

    /** How many items a table holds, and roughly how many bytes (the length of their stored JSON). */
    public record Usage(long itemCount, long sizeBytes) {
    }

    private final SqliteDatabase database;

    public ItemStore(SqliteDatabase database) {
        this.database = database;
    }

    public Optional<Item> get(long tableId, EncodedKey key) throws SQLException {
        PreparedStatement select = database.statement(
                "SELECT item FROM ddb_item WHERE table_id = ? AND partition_key = ? AND sort_key = ?");
        bindKey(select, tableId, key);
        try (ResultSet rows = select.executeQuery()) {
            return rows.next() ? Optional.of(AttributeValueJson.itemFromText(rows.getString(1))) : Optional.empty();
        }
    }

    public void put(long tableId, EncodedKey key, Item item) throws SQLException {
        PreparedStatement upsert = database.statement(
                "INSERT OR REPLACE INTO ddb_item (table_id, partition_key, sort_key, item) VALUES (?, ?, ?, ?)");
        bindKey(upsert, tableId, key);
        upsert.setString(4, AttributeValueJson.itemToText(item));
        upsert.executeUpdate();
    }

    public void delete(long tableId, EncodedKey key) throws SQLException {
        PreparedStatement delete = database.statement(
                "DELETE FROM ddb_item WHERE table_id = ? AND partition_key = ? AND sort_key = ?");
        bindKey(delete, tableId, key);
        delete.executeUpdate();
    }

    public void deleteAll(long tableId) throws SQLException {
        PreparedStatement delete = database.statement("DELETE FROM ddb_item WHERE table_id = ?");
        delete.setLong(1, tableId);
        delete.executeUpdate();
    }

    public Usage usage(long tableId) throws SQLException {
        PreparedStatement select = database.statement(
                "SELECT count(*), coalesce(sum(length(item)), 0) FROM ddb_item WHERE table_id = ?");
        select.setLong(1, tableId);
        try (ResultSet rows = select.executeQuery()) {
            rows.next();
            return new Usage(rows.getLong(1), rows.getLong(2));
        }
    }

    /**
     * The items of one partition whose sort keys lie in {@code range}, in sort key order (or
     * reversed), at most {@code limit} of them.
     */
    public List<StoredItem> query(long tableId, byte[] partition, SortKeyRange range, boolean forward, int limit)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT partition_key, sort_key, item FROM ddb_item WHERE table_id = ? AND partition_key = ?");
        if (range.lower() != null) {
            sql.append(range.lower().inclusive() ? " AND sort_key >= ?" : " AND sort_key > ?");
        }
        if (range.upper() != null) {
            sql.append(range.upper().inclusive() ? " AND sort_key <= ?" : " AND sort_key < ?");
        }
        sql.append(forward ? " ORDER BY sort_key ASC" : " ORDER BY sort_key DESC").append(" LIMIT ?");
        PreparedStatement select = database.statement(sql.toString());
        int index = 1;
        select.setLong(index++, tableId);
        select.setBytes(index++, partition);
        if (range.lower() != null) {
            select.setBytes(index++, range.lower().key());
        }
        if (range.upper() != null) {
            select.setBytes(index++, range.upper().key());
        }
        select.setInt(index, limit);
        return read(select);
    }

    /** A table's items in key order after {@code after} ({@code null}: from the first), at most {@code limit}. */
    public List<StoredItem> scan(long tableId, EncodedKey after, int limit) throws SQLException {
        PreparedStatement select;
        if (after == null) {
            select = database.statement("SELECT partition_key, sort_key, item FROM ddb_item WHERE table_id = ? "
                    + "ORDER BY partition_key, sort_key LIMIT ?");
            select.setLong(1, tableId);
            select.setInt(2, limit);
        } else {
            select = database.statement("SELECT partition_key, sort_key, item FROM ddb_item WHERE table_id = ? "
                    + "AND (partition_key, sort_key) > (?, ?) ORDER BY partition_key, sort_key LIMIT ?");
            bindKey(select, tableId, after);
            select.setInt(4, limit);
        }
        return read(select);
    }

    /**
     * Items whose top-level attribute {@code attributeName} is a number below {@code bound}, as
     * SQLite reads the stored JSON (callers check each against the exact number), at most {@code limit}.
     */
    public List<StoredItem> withNumberBelow(long tableId, String attributeName, long bound, int limit) throws SQLException {
        PreparedStatement select = database.statement("SELECT partition_key, sort_key, item FROM ddb_item "
                + "WHERE table_id = ? AND CAST(json_extract(item, ?) AS REAL) < ? LIMIT ?");
        select.setLong(1, tableId);
        select.setString(2, "$.\"" + attributeName.replace("\"", "\\\"") + "\".N");
        select.setLong(3, bound);
        select.setInt(4, limit);
        return read(select);
    }

    private static List<StoredItem> read(PreparedStatement select) throws SQLException {
        List<StoredItem> items = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                items.add(new StoredItem(new EncodedKey(rows.getBytes(1), rows.getBytes(2)),
                        AttributeValueJson.itemFromText(rows.getString(3))));
            }
        }
        return items;
    }

    private static void bindKey(PreparedStatement statement, long tableId, EncodedKey key) throws SQLException {
        statement.setLong(1, tableId);
        statement.setBytes(2, key.partition());
        statement.setBytes(3, key.sort());
    }
}
