package media.polyglot.local.engine.dynamodb.sqlite;

import java.util.List;

/**
 * The engine's SQLite tables. Items of every DynamoDB table share one SQLite table, keyed by the
 * DynamoDB table's id and the order-preserving encodings of its partition and sort key values
 * ({@link KeyCodec}), so SQLite's BLOB order is DynamoDB's key order; index entries likewise, under
 * the index's key and then the table's key. Table and stream ids are never reused, so nothing of
 * a deleted table can leak into a new one of the same name.
 */
final class Schema {

    static final List<String> STATEMENTS = List.of(
            """
            CREATE TABLE IF NOT EXISTS ddb_table (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              name TEXT NOT NULL UNIQUE,
              table_uuid TEXT NOT NULL,
              created_at_millis INTEGER NOT NULL,
              partition_key_name TEXT NOT NULL,
              partition_key_type TEXT NOT NULL,
              sort_key_name TEXT,
              sort_key_type TEXT,
              stream_view_type TEXT,
              ttl_attribute TEXT
            )""",
            """
            CREATE TABLE IF NOT EXISTS ddb_item (
              table_id INTEGER NOT NULL,
              partition_key BLOB NOT NULL,
              sort_key BLOB NOT NULL,
              item TEXT NOT NULL,
              PRIMARY KEY (table_id, partition_key, sort_key)
            ) WITHOUT ROWID""",
            """
            CREATE TABLE IF NOT EXISTS ddb_stream_record (
              sequence INTEGER PRIMARY KEY AUTOINCREMENT,
              table_id INTEGER NOT NULL,
              event_id TEXT NOT NULL,
              event_name TEXT NOT NULL,
              created_at_seconds INTEGER NOT NULL,
              keys TEXT NOT NULL,
              new_image TEXT,
              old_image TEXT,
              size_bytes INTEGER NOT NULL
            )""",
            "CREATE INDEX IF NOT EXISTS ddb_stream_record_by_table ON ddb_stream_record (table_id, sequence)",
            """
            CREATE TABLE IF NOT EXISTS ddb_stream (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              table_id INTEGER NOT NULL,
              table_name TEXT NOT NULL,
              view_type TEXT NOT NULL,
              created_at_millis INTEGER NOT NULL,
              disabled_at_millis INTEGER,
              trimmed_through INTEGER NOT NULL DEFAULT 0
            )""",
            """
            CREATE TABLE IF NOT EXISTS ddb_index_entry (
              table_id INTEGER NOT NULL,
              index_name TEXT NOT NULL,
              partition_key BLOB NOT NULL,
              sort_key BLOB NOT NULL,
              table_partition_key BLOB NOT NULL,
              table_sort_key BLOB NOT NULL,
              entry TEXT NOT NULL,
              PRIMARY KEY (table_id, index_name, partition_key, sort_key, table_partition_key, table_sort_key)
            ) WITHOUT ROWID""",
            """
            CREATE TABLE IF NOT EXISTS ddb_tag (
              table_id INTEGER NOT NULL,
              tag_key TEXT NOT NULL,
              tag_value TEXT NOT NULL,
              PRIMARY KEY (table_id, tag_key)
            )""");

    /**
     * Columns added after the first release, added to a data file that lacks them: the table's
     * indexes (JSON) and enabled stream, each stream record's stream and TTL marker.
     */
    record AddedColumn(String table, String column, String definition) {
    }

    static final List<AddedColumn> ADDED_COLUMNS = List.of(
            new AddedColumn("ddb_table", "indexes", "TEXT"),
            new AddedColumn("ddb_table", "stream_id", "INTEGER"),
            new AddedColumn("ddb_stream_record", "stream_id", "INTEGER"),
            new AddedColumn("ddb_stream_record", "user_identity", "TEXT"));

    /** Run after the columns exist: gives streams of older data files their own row. */
    static final List<String> AFTER_MIGRATION = List.of(
            """
            INSERT INTO ddb_stream (table_id, table_name, view_type, created_at_millis)
            SELECT id, name, stream_view_type, created_at_millis FROM ddb_table
            WHERE stream_view_type IS NOT NULL AND stream_id IS NULL""",
            """
            UPDATE ddb_table SET stream_id = (SELECT max(s.id) FROM ddb_stream s WHERE s.table_id = ddb_table.id)
            WHERE stream_view_type IS NOT NULL AND stream_id IS NULL""",
            """
            UPDATE ddb_stream_record SET stream_id = (SELECT t.stream_id FROM ddb_table t WHERE t.id = ddb_stream_record.table_id)
            WHERE stream_id IS NULL""",
            "CREATE INDEX IF NOT EXISTS ddb_stream_record_by_stream ON ddb_stream_record (stream_id, sequence)");

    private Schema() {
    }
}
