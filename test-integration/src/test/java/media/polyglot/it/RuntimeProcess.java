package media.polyglot.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import media.polyglot.local.Main;

/**
 * The local runtime as a user runs it, {@code up} in a JVM of its own (on this test's class path), so that it can
 * be killed with SIGKILL like a crashed machine: its function processes die with it. Its Function URLs and edge
 * are read from what {@code up} prints.
 */
final class RuntimeProcess {

    private static final Pattern URL_LINE = Pattern.compile("^(\\w+)\\s+(http://\\S+)\\s+\\(Function URL");
    private static final Duration READY = Duration.ofMinutes(2);

    private final Process process;
    private final Map<String, URI> urls;
    private final URI edge;

    private RuntimeProcess(Process process, Map<String, URI> urls, URI edge) {
        this.process = process;
        this.urls = urls;
        this.edge = edge;
    }

    static RuntimeProcess up(Path assembly, Path dataDir, Path log) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "up", "--cdk-out", assembly.toString(), "--port", "0", "--data-dir",
                dataDir.toString())).redirectError(log.toFile()).start();
        Map<String, URI> urls = new HashMap<>();
        URI edge = null;
        long deadline = System.nanoTime() + READY.toNanos();
        // Not try-with-resources: once ready, the drain thread owns the reader, and closing it here would wait on
        // the lock its blocked readLine holds.
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            String line;
            while ((line = out.readLine()) != null && System.nanoTime() < deadline) {
                Matcher url = URL_LINE.matcher(line);
                if (url.find()) {
                    urls.put(url.group(1), URI.create(url.group(2)));
                } else if (line.startsWith("AWS_ENDPOINT_URL=")) {
                    edge = URI.create(line.substring("AWS_ENDPOINT_URL=".length()));
                } else if (line.startsWith("ready in")) {
                    // Drain what follows, so the runtime never blocks on a full pipe.
                    Thread drain = new Thread(() -> drain(out), "runtime-stdout");
                    drain.setDaemon(true);
                    drain.start();
                    return new RuntimeProcess(process, urls, edge);
                }
            }
        } catch (IOException e) {
            process.destroyForcibly();
            out.close();
            throw e;
        }
        process.destroyForcibly();
        out.close();
        throw new IllegalStateException("the runtime did not print its ready line within " + READY + "; see " + log);
    }

    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // discarded: the test reads the system through its APIs
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    URI url(String context) {
        URI url = urls.get(context);
        if (url == null) {
            throw new IllegalArgumentException("up printed no Function URL for " + context + "; it printed " + urls);
        }
        return url;
    }

    URI edge() {
        return edge;
    }

    /** SIGKILL to the runtime and every process it started, as when the machine under it fails. */
    void kill() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops it as Ctrl-C does. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
