package media.polyglot.local.engine.dynamodb.sqlite;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens the one SQLite connection an engine uses for its whole life. */
@FunctionalInterface
public interface ConnectionFactory {

    Connection open() throws SQLException;
}
