package media.polyglot.local.engine.dynamodb.sqlite;

import java.util.List;

/**
 * The engine's SQLite tables. Items of every DynamoDB table share one SQLite table, keyed by the
 * DynamoDB table's id and the order-preserving encodings of its partition and sort key values
 * ({@link KeyCodec}), so SQLite's BLOB order is DynamoDB's key order. Table ids are never reused,
 * so nothing of a deleted table can leak into a new one of the same name.
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
            "CREATE INDEX IF NOT EXISTS ddb_stream_record_by_table ON ddb_stream_record (table_id, sequence)");

    private Schema() {
    }
}
