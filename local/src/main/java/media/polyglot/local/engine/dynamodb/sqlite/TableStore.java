package media.polyglot.local.engine.dynamodb.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import media.polyglot.local.engine.dynamodb.KeyAttribute;
import media.polyglot.local.engine.dynamodb.ScalarAttributeType;
import media.polyglot.local.engine.dynamodb.StreamViewType;
import media.polyglot.local.engine.dynamodb.TableDefinition;

/**
 * The rows of {@code ddb_table}: one per DynamoDB table, with its indexes as JSON and the id of
 * its enabled stream. Call inside {@link SqliteDatabase#transaction}.
 */
public final class TableStore {

    private static final String SELECT = "SELECT t.id, t.name, t.table_uuid, t.created_at_millis, t.partition_key_name, "
            + "t.partition_key_type, t.sort_key_name, t.sort_key_type, t.stream_view_type, t.ttl_attribute, t.indexes, "
            + StreamStore.COLUMNS + " FROM ddb_table t LEFT JOIN ddb_stream s ON s.id = t.stream_id";

    private final SqliteDatabase database;

    public TableStore(SqliteDatabase database) {
        this.database = database;
    }

    /** Inserts the table; its stream, if it has one, is added with {@link #setStream}. */
    public long insert(TableDefinition definition, String tableUuid, Instant createdAt) throws SQLException {
        PreparedStatement insert = database.statement("INSERT INTO ddb_table (name, table_uuid, created_at_millis, "
                + "partition_key_name, partition_key_type, sort_key_name, sort_key_type, stream_view_type, ttl_attribute, "
                + "indexes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
        insert.setString(1, definition.tableName());
        insert.setString(2, tableUuid);
        insert.setLong(3, createdAt.toEpochMilli());
        insert.setString(4, definition.partitionKey().name());
        insert.setString(5, definition.partitionKey().type().name());
        KeyAttribute sortKey = definition.sortKey();
        setNullable(insert, 6, sortKey == null ? null : sortKey.name());
        setNullable(insert, 7, sortKey == null ? null : sortKey.type().name());
        setNullable(insert, 8, null);
        setNullable(insert, 9, definition.ttlAttributeName());
        insert.setString(10, IndexJson.write(definition.indexes()));
        try (ResultSet rows = insert.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Records the table's TTL attribute and indexes as {@code definition} has them. */
    public void update(long id, TableDefinition definition) throws SQLException {
        PreparedStatement update = database.statement("UPDATE ddb_table SET ttl_attribute = ?, indexes = ? WHERE id = ?");
        setNullable(update, 1, definition.ttlAttributeName());
        update.setString(2, IndexJson.write(definition.indexes()));
        update.setLong(3, id);
        update.executeUpdate();
    }

    /** Makes {@code stream} the table's enabled stream ({@code null}: the table has none). */
    public void setStream(long id, StoredStream stream) throws SQLException {
        PreparedStatement update = database.statement("UPDATE ddb_table SET stream_id = ?, stream_view_type = ? WHERE id = ?");
        if (stream == null) {
            update.setNull(1, Types.INTEGER);
        } else {
            update.setLong(1, stream.id());
        }
        setNullable(update, 2, stream == null ? null : stream.viewType().name());
        update.setLong(3, id);
        update.executeUpdate();
    }

    public Optional<StoredTable> find(String name) throws SQLException {
        PreparedStatement select = database.statement(SELECT + " WHERE t.name = ?");
        select.setString(1, name);
        try (ResultSet rows = select.executeQuery()) {
            return rows.next() ? Optional.of(read(rows)) : Optional.empty();
        }
    }

    /** Every table, by name in ascending order. */
    public List<StoredTable> all() throws SQLException {
        List<StoredTable> tables = new ArrayList<>();
        try (ResultSet rows = database.statement(SELECT + " ORDER BY t.name").executeQuery()) {
            while (rows.next()) {
                tables.add(read(rows));
            }
        }
        return tables;
    }

    public void delete(long id) throws SQLException {
        PreparedStatement delete = database.statement("DELETE FROM ddb_table WHERE id = ?");
        delete.setLong(1, id);
        delete.executeUpdate();
    }

    private static StoredTable read(ResultSet row) throws SQLException {
        TableDefinition definition = new TableDefinition(
                row.getString("name"),
                new KeyAttribute(row.getString("partition_key_name"), ScalarAttributeType.valueOf(row.getString("partition_key_type"))),
                row.getString("sort_key_name") == null ? null
                        : new KeyAttribute(row.getString("sort_key_name"), ScalarAttributeType.valueOf(row.getString("sort_key_type"))),
                row.getString("stream_view_type") == null ? null : StreamViewType.valueOf(row.getString("stream_view_type")),
                row.getString("ttl_attribute"),
                IndexJson.read(row.getString("indexes")));
        return new StoredTable(row.getLong("id"), definition, row.getString("table_uuid"),
                Instant.ofEpochMilli(row.getLong("created_at_millis")), StreamStore.readStream(row));
    }

    static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
