package media.polyglot.local.engine.lambda;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One Lambda function as the host runs it: what the template declares (name, handler, code, memory, timeout,
 * variables) plus whatever environment the caller adds (region, credentials, {@code AWS_ENDPOINT_URL}).
 *
 * @param name        the function name, as Lambda allows it (letters, digits, hyphens, underscores; 1 to 64)
 * @param handler     {@code com.example.Handler::handleRequest}, or just the class when it implements a handler interface
 * @param classpath   the function's code: the deployed asset (a shaded jar), or directories of classes; kept as
 *                    absolute paths
 * @param memoryMb    the configured memory, 128 to 10240 MB; the heap gets about 85% of it
 * @param timeout     how long one invocation may run, 1 second to 15 minutes
 * @param environment the variables the function's process sees, besides those the runtime reserves
 */
public record FunctionSpec(String name, String handler, List<Path> classpath, int memoryMb, Duration timeout,
                           Map<String, String> environment) {

    /** Lambda's rule for an unqualified function name (CreateFunction, FunctionName). */
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");
    private static final Duration MAX_TIMEOUT = Duration.ofMinutes(15);

    public FunctionSpec {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Function name '" + name
                    + "' is not a valid Lambda function name: 1 to 64 letters, digits, hyphens or underscores");
        }
        if (handler == null || handler.isBlank()) {
            throw new IllegalArgumentException("Function " + name + " has no handler: expected Class::method or Class");
        }
        if (classpath == null || classpath.isEmpty()) {
            throw new IllegalArgumentException("Function " + name + " has no code: its classpath is empty");
        }
        // The function's process runs in a directory of its own: relative entries would resolve against it.
        classpath = classpath.stream().map(Path::toAbsolutePath).toList();
        if (memoryMb < 128 || memoryMb > 10_240) {
            throw new IllegalArgumentException("Function " + name + " has memory " + memoryMb
                    + " MB; Lambda allows 128 to 10240 MB");
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.compareTo(Duration.ofSeconds(1)) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException("Function " + name + " has timeout " + timeout
                    + "; Lambda allows 1 second to 15 minutes");
        }
        environment = Map.copyOf(environment == null ? Map.of() : environment);
    }

    /** The maximum heap: the java21 runtime gives the JVM about 85% of the function's memory. */
    int heapMb() {
        return memoryMb * 85 / 100;
    }

    /** The function's ARN in the given region and account, as Lambda-Runtime-Invoked-Function-Arn carries it. */
    String arn(String region, String accountId) {
        return "arn:aws:lambda:" + region + ":" + accountId + ":function:" + name;
    }
}
