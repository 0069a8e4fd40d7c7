package media.polyglot.local.engine.sns;

/**
 * A request SNS refuses, with the error code, HTTP status and wording AWS answers, so the
 * protocol can render it as SNS's own error response.
 */
public final class SnsException extends RuntimeException {

    private final String code;
    private final int status;

    private SnsException(String code, int status, String message) {
        super(message);
        this.code = code;
        this.status = status;
    }

    /** {@code InvalidParameter} (400): the message reads {@code Invalid parameter: <what>}, as AWS words it. */
    public static SnsException invalidParameter(String what) {
        return new SnsException("InvalidParameter", 400, "Invalid parameter: " + what);
    }

    /** {@code NotFound} (404), for a topic or subscription that does not exist. */
    public static SnsException notFound(String message) {
        return new SnsException("NotFound", 404, message);
    }

    /** Any other SNS error code with its status, for example the batch errors of PublishBatch. */
    public static SnsException of(String code, int status, String message) {
        return new SnsException(code, status, message);
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }
}
