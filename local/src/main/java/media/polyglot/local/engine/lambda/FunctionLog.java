package media.polyglot.local.engine.lambda;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies a function process's stdout and stderr into the host's log, line by line, through the logger
 * {@code lambda.<function name>}, each line with its invocation's request id: what CloudWatch Logs
 * would show under /aws/lambda/&lt;name&gt;, with Lambda's START, END and REPORT lines around each invocation.
 */
final class FunctionLog {

    private static final Logger LOG = LoggerFactory.getLogger(FunctionLog.class);

    private FunctionLog() {
    }

    /** The logger a function's lines go to. */
    static Logger logger(String functionName) {
        return LoggerFactory.getLogger("lambda." + functionName);
    }

    /**
     * Follows both streams of the process on daemon threads until the process closes them; each
     * line is prefixed with the request id of the invocation running when it was written.
     */
    static void follow(String functionName, Process process, Supplier<String> requestId, RecentLogs recent) {
        Logger log = logger(functionName);
        start("lambda-" + functionName + "-stdout", process.getInputStream(), line -> {
            log.info("{} {}", requestId.get(), line);
            recent.add(functionName, requestId.get() + " " + line);
        });
        start("lambda-" + functionName + "-stderr", process.getErrorStream(), line -> {
            log.warn("{} {}", requestId.get(), line);
            recent.add(functionName, requestId.get() + " " + line);
        });
    }

    private static void start(String threadName, InputStream stream, Consumer<String> sink) {
        Thread thread = new Thread(() -> copy(stream, sink), threadName);
        thread.setDaemon(true);
        thread.start();
    }

    private static void copy(InputStream stream, Consumer<String> sink) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            lines.lines().forEach(sink);
        } catch (IOException | UncheckedIOException closed) {
            // The JDK closes a dead process's pipes; its last lines are already logged.
            LOG.debug("Stopped following {}: {}", Thread.currentThread().getName(), closed.toString());
        }
    }
}
