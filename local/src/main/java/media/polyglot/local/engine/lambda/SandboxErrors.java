package media.polyglot.local.engine.lambda;

import java.time.Duration;
import java.util.Locale;

/**
 * The errors the sandbox raises when the function cannot answer, worded as Lambda words them
 * ({@code Task timed out after 3.00 seconds}, {@code Runtime exited with error: exit status 1}).
 */
final class SandboxErrors {

    private SandboxErrors() {
    }

    static Outcome timedOut(String requestId, Duration timeout) {
        return failure("Sandbox.Timedout", requestId, "Task timed out after " + seconds(timeout) + " seconds");
    }

    static Outcome exited(String requestId, int exitCode) {
        return failure("Runtime.ExitError", requestId, "Runtime exited with error: exit status " + exitCode);
    }

    static Outcome stopped(String requestId) {
        return failure("Runtime.ExitError", requestId, "Runtime stopped: the local Lambda host is shutting down");
    }

    private static Outcome failure(String errorType, String requestId, String error) {
        return new Outcome.Failure(FunctionError.raised(errorType, "RequestId: " + requestId + " Error: " + error));
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f", duration.toMillis() / 1000.0);
    }
}
