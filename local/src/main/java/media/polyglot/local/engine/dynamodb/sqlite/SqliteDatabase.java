package media.polyglot.local.engine.dynamodb.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The engine's one SQLite connection. Every piece of work runs as one transaction under one lock,
 * so concurrent callers are serialized (an in-memory database lives in exactly one connection, and
 * SQLite allows one writer anyway). Prepared statements are cached per SQL text.
 */
public final class SqliteDatabase implements AutoCloseable {

    /** One unit of work inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    private SqliteDatabase(Connection connection) {
        this.connection = connection;
    }

    /** Opens the connection and creates the engine's tables if they are not there yet. */
    public static SqliteDatabase open(ConnectionFactory factory) {
        Connection connection;
        try {
            connection = factory.open();
        } catch (SQLException e) {
            throw new StorageException("Could not open the DynamoDB engine's SQLite database: " + e.getMessage(), e);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode=WAL");
            statement.execute("PRAGMA synchronous=NORMAL");
            for (String ddl : Schema.STATEMENTS) {
                statement.execute(ddl);
            }
            addMissingColumns(statement);
            for (String ddl : Schema.AFTER_MIGRATION) {
                statement.execute(ddl);
            }
            connection.setAutoCommit(false);
            return new SqliteDatabase(connection);
        } catch (SQLException e) {
            StorageException failure = new StorageException(
                    "Could not create the DynamoDB engine's tables in SQLite: " + e.getMessage(), e);
            try {
                connection.close();
            } catch (SQLException closing) {
                failure.addSuppressed(closing);
            }
            throw failure;
        }
    }

    private static void addMissingColumns(Statement statement) throws SQLException {
        for (Schema.AddedColumn added : Schema.ADDED_COLUMNS) {
            boolean present = false;
            try (ResultSet columns = statement.executeQuery("PRAGMA table_info(" + added.table() + ")")) {
                while (columns.next()) {
                    present |= columns.getString("name").equals(added.column());
                }
            }
            if (!present) {
                statement.execute("ALTER TABLE " + added.table() + " ADD COLUMN " + added.column() + " " + added.definition());
            }
        }
    }

    /**
     * Runs {@code work} as one transaction: committed when it returns, rolled back when it throws.
     * Work started inside other work joins the outer transaction.
     */
    public <T> T transaction(String description, Work<T> work) {
        if (lock.isHeldByCurrentThread()) {
            return runJoined(description, work);
        }
        lock.lock();
        try {
            T result = runJoined(description, work);
            commit(description);
            return result;
        } catch (RuntimeException e) {
            rollback(e);
            throw e;
        } finally {
            lock.unlock();
        }
    }

    /** The cached statement for {@code sql}; only to be used inside {@link #transaction}. */
    PreparedStatement statement(String sql) throws SQLException {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("SQL outside a transaction: " + sql);
        }
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        statement.clearParameters();
        return statement;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            for (PreparedStatement statement : statements.values()) {
                statement.close();
            }
            statements.clear();
            connection.close();
        } catch (SQLException e) {
            throw new StorageException("Could not close the DynamoDB engine's SQLite database: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private static <T> T runJoined(String description, Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StorageException("SQLite failed during " + description + ": " + e.getMessage(), e);
        }
    }

    private void commit(String description) {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new StorageException("SQLite could not commit " + description + ": " + e.getMessage(), e);
        }
    }

    private void rollback(RuntimeException cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
