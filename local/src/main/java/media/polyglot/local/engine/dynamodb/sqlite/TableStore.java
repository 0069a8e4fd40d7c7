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

/** The rows of {@code ddb_table}: one per DynamoDB table. Call inside {@link SqliteDatabase#transaction}. */
public final class TableStore {

    private static final String COLUMNS = "id, name, table_uuid, created_at_millis, partition_key_name, partition_key_type, "
            + "sort_key_name, sort_key_type, stream_view_type, ttl_attribute";

    private final SqliteDatabase database;

    public TableStore(SqliteDatabase database) {
        this.database = database;
    }

    public StoredTable insert(TableDefinition definition, String tableUuid, Instant createdAt) throws SQLException {
        PreparedStatement insert = database.statement("INSERT INTO ddb_table (name, table_uuid, created_at_millis, "
                + "partition_key_name, partition_key_type, sort_key_name, sort_key_type, stream_view_type, ttl_attribute) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insert.setString(1, definition.tableName());
        insert.setString(2, tableUuid);
        insert.setLong(3, createdAt.toEpochMilli());
        insert.setString(4, definition.partitionKey().name());
        insert.setString(5, definition.partitionKey().type().name());
        KeyAttribute sortKey = definition.sortKey();
        setNullable(insert, 6, sortKey == null ? null : sortKey.name());
        setNullable(insert, 7, sortKey == null ? null : sortKey.type().name());
        setNullable(insert, 8, definition.streamViewType() == null ? null : definition.streamViewType().name());
        setNullable(insert, 9, definition.ttlAttributeName());
        insert.executeUpdate();
        return find(definition.tableName()).orElseThrow();
    }

    public Optional<StoredTable> find(String name) throws SQLException {
        PreparedStatement select = database.statement("SELECT " + COLUMNS + " FROM ddb_table WHERE name = ?");
        select.setString(1, name);
        try (ResultSet rows = select.executeQuery()) {
            return rows.next() ? Optional.of(read(rows)) : Optional.empty();
        }
    }

    /** Every table, by name in ascending order. */
    public List<StoredTable> all() throws SQLException {
        List<StoredTable> tables = new ArrayList<>();
        try (ResultSet rows = database.statement("SELECT " + COLUMNS + " FROM ddb_table ORDER BY name").executeQuery()) {
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
                row.getString("ttl_attribute"));
        return new StoredTable(row.getLong("id"), definition, row.getString("table_uuid"),
                Instant.ofEpochMilli(row.getLong("created_at_millis")));
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
