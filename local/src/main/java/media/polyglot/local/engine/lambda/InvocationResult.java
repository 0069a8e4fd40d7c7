package media.polyglot.local.engine.lambda;

import java.time.Duration;
import java.util.Objects;

/**
 * What one invocation produced: either the function's response payload or its error, never both.
 *
 * @param requestId the invocation's request id (Lambda-Runtime-Aws-Request-Id)
 * @param payload   the response the function returned, or null when it failed
 * @param error     the function error, or null when it succeeded
 * @param coldStart true when this invocation started a new instance (process spawn, JVM start, handler init)
 * @param duration  wall time from the call to the answer, cold start included
 */
public record InvocationResult(String requestId, byte[] payload, FunctionError error, boolean coldStart,
                               Duration duration) {

    public InvocationResult {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(duration, "duration");
        if ((payload == null) == (error == null)) {
            throw new IllegalArgumentException("Invocation " + requestId
                    + " must have exactly one of a response payload and a function error");
        }
    }

    static InvocationResult of(String requestId, Outcome outcome, boolean coldStart, Duration duration) {
        if (outcome instanceof Outcome.Response response) {
            return new InvocationResult(requestId, response.payload(), null, coldStart, duration);
        }
        return new InvocationResult(requestId, null, ((Outcome.Failure) outcome).error(), coldStart, duration);
    }

    public boolean failed() {
        return error != null;
    }
}
