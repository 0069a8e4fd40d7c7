package media.polyglot.bench;

/** A benchmark cannot run or its measurement went wrong; the message says what to do about it. */
public class BenchException extends RuntimeException {

    public BenchException(String message) {
        super(message);
    }

    public BenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
