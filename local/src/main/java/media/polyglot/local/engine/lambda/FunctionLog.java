package media.polyglot.local.engine.lambda;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies a function process's stdout and stderr into the host's log, line by line, through the logger
 * {@code lambda.<function name>}: what CloudWatch Logs would show under /aws/lambda/&lt;name&gt;.
 */
final class FunctionLog {

    private static final Logger LOG = LoggerFactory.getLogger(FunctionLog.class);

    private FunctionLog() {
    }

    /** Follows both streams of the process on daemon threads until the process closes them. */
    static void follow(String functionName, Process process) {
        Logger log = LoggerFactory.getLogger("lambda." + functionName);
        start("lambda-" + functionName + "-stdout", process.getInputStream(), log::info);
        start("lambda-" + functionName + "-stderr", process.getErrorStream(), log::warn);
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
