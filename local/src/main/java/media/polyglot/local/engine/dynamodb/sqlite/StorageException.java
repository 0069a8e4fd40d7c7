package media.polyglot.local.engine.dynamodb.sqlite;

/** SQLite failed underneath the engine; the transaction in progress was rolled back. */
public final class StorageException extends RuntimeException {

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
