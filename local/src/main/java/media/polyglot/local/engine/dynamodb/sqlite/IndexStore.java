package media.polyglot.local.engine.dynamodb.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import media.polyglot.local.engine.dynamodb.value.AttributeValueJson;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * The rows of {@code ddb_index_entry}: each secondary index's entries, projected, under the index
 * key and then the table key. Call inside {@link SqliteDatabase#transaction}.
 */
public final class IndexStore {

    private static final String COLUMNS = "partition_key, sort_key, table_partition_key, table_sort_key, entry";

    private final SqliteDatabase database;

    public IndexStore(SqliteDatabase database) {
        this.database = database;
    }

    public void put(long tableId, String indexName, IndexPosition position, Item entry) throws SQLException {
        PreparedStatement upsert = database.statement("INSERT OR REPLACE INTO ddb_index_entry (table_id, index_name, "
                + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)");
        int next = bind(upsert, tableId, indexName, position);
        upsert.setString(next, AttributeValueJson.itemToText(entry));
        upsert.executeUpdate();
    }

    public void delete(long tableId, String indexName, IndexPosition position) throws SQLException {
        PreparedStatement delete = database.statement("DELETE FROM ddb_index_entry WHERE table_id = ? AND index_name = ? "
                + "AND partition_key = ? AND sort_key = ? AND table_partition_key = ? AND table_sort_key = ?");
        bind(delete, tableId, indexName, position);
        delete.executeUpdate();
    }

    /** Deletes one index's entries, or every index's of the table when {@code indexName} is null. */
    public void deleteAll(long tableId, String indexName) throws SQLException {
        PreparedStatement delete;
        if (indexName == null) {
            delete = database.statement("DELETE FROM ddb_index_entry WHERE table_id = ?");
        } else {
            delete = database.statement("DELETE FROM ddb_index_entry WHERE table_id = ? AND index_name = ?");
            delete.setString(2, indexName);
        }
        delete.setLong(1, tableId);
        delete.executeUpdate();
    }

    public ItemStore.Usage usage(long tableId, String indexName) throws SQLException {
        PreparedStatement select = database.statement("SELECT count(*), coalesce(sum(length(entry)), 0) "
                + "FROM ddb_index_entry WHERE table_id = ? AND index_name = ?");
        select.setLong(1, tableId);
        select.setString(2, indexName);
        try (ResultSet rows = select.executeQuery()) {
            rows.next();
            return new ItemStore.Usage(rows.getLong(1), rows.getLong(2));
        }
    }

    /**
     * The entries of one index partition whose sort keys lie in {@code range}, in index key order
     * (or reversed), after {@code after} when it is not null, at most {@code limit}.
     */
    public List<IndexEntry> query(long tableId, String indexName, byte[] partition, SortKeyRange range, boolean forward,
                                  IndexPosition after, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM ddb_index_entry WHERE table_id = ? "
                + "AND index_name = ? AND partition_key = ?");
        if (range.lower() != null) {
            sql.append(range.lower().inclusive() ? " AND sort_key >= ?" : " AND sort_key > ?");
        }
        if (range.upper() != null) {
            sql.append(range.upper().inclusive() ? " AND sort_key <= ?" : " AND sort_key < ?");
        }
        if (after != null) {
            sql.append(forward ? " AND (sort_key, table_partition_key, table_sort_key) > (?, ?, ?)"
                    : " AND (sort_key, table_partition_key, table_sort_key) < (?, ?, ?)");
        }
        String direction = forward ? " ASC" : " DESC";
        sql.append(" ORDER BY sort_key").append(direction).append(", table_partition_key").append(direction)
                .append(", table_sort_key").append(direction).append(" LIMIT ?");
        PreparedStatement select = database.statement(sql.toString());
        int index = 1;
        select.setLong(index++, tableId);
        select.setString(index++, indexName);
        select.setBytes(index++, partition);
        if (range.lower() != null) {
            select.setBytes(index++, range.lower().key());
        }
        if (range.upper() != null) {
            select.setBytes(index++, range.upper().key());
        }
        if (after != null) {
            select.setBytes(index++, after.indexKey().sort());
            select.setBytes(index++, after.tableKey().partition());
            select.setBytes(index++, after.tableKey().sort());
        }
        select.setInt(index, limit);
        return read(select);
    }

    /** An index's entries in index key order after {@code after} ({@code null}: from the first), at most {@code limit}. */
    public List<IndexEntry> scan(long tableId, String indexName, IndexPosition after, int limit) throws SQLException {
        PreparedStatement select;
        if (after == null) {
            select = database.statement("SELECT " + COLUMNS + " FROM ddb_index_entry WHERE table_id = ? AND index_name = ? "
                    + "ORDER BY partition_key, sort_key, table_partition_key, table_sort_key LIMIT ?");
            select.setLong(1, tableId);
            select.setString(2, indexName);
            select.setInt(3, limit);
        } else {
            select = database.statement("SELECT " + COLUMNS + " FROM ddb_index_entry WHERE table_id = ? AND index_name = ? "
                    + "AND (partition_key, sort_key, table_partition_key, table_sort_key) > (?, ?, ?, ?) "
                    + "ORDER BY partition_key, sort_key, table_partition_key, table_sort_key LIMIT ?");
            int next = bind(select, tableId, indexName, after);
            select.setInt(next, limit);
        }
        return read(select);
    }

    private static List<IndexEntry> read(PreparedStatement select) throws SQLException {
        List<IndexEntry> entries = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                entries.add(new IndexEntry(new IndexPosition(new EncodedKey(rows.getBytes(1), rows.getBytes(2)),
                        new EncodedKey(rows.getBytes(3), rows.getBytes(4))), AttributeValueJson.itemFromText(rows.getString(5))));
            }
        }
        return entries;
    }

    private static int bind(PreparedStatement statement, long tableId, String indexName, IndexPosition position)
            throws SQLException {
        statement.setLong(1, tableId);
        statement.setString(2, indexName);
        statement.setBytes(3, position.indexKey().partition());
        statement.setBytes(4, position.indexKey().sort());
        statement.setBytes(5, position.tableKey().partition());
        statement.setBytes(6, position.tableKey().sort());
        return 7;
    }
}
