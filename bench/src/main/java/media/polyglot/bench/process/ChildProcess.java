package media.polyglot.bench.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import media.polyglot.bench.BenchException;

/**
 * A process the bench started (the runtime, ElasticMQ alone, dynalite), with its output read line by line. Closing
 * it ends it and every process it started; so does the bench's own exit, Ctrl-C included, so none is left behind.
 */
public final class ChildProcess implements AutoCloseable {

    private static final Set<ChildProcess> RUNNING = ConcurrentHashMap.newKeySet();
    private static final int KEPT_LINES = 40;
    /** Readiness shows in the first lines; past these, only the last lines are kept (the runtime logs every hop). */
    private static final int SEARCHED_LINES = 10_000;
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ChildProcess::stopAll, "stop-children"));
    }

    private final String name;
    private final Process process;
    private final long spawnedAt;
    private final Deque<String> lastLines = new ArrayDeque<>();
    private final List<Line> lines = new ArrayList<>();

    /** A line of output and when it was read (System.nanoTime). */
    public record Line(String text, long readAt) {
    }

    private ChildProcess(String name, Process process, long spawnedAt) {
        this.name = name;
        this.process = process;
        this.spawnedAt = spawnedAt;
    }

    /** Starts {@code command} in {@code directory}, its standard error merged into its output. */
    public static ChildProcess start(String name, List<String> command, Path directory) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        long spawnedAt = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new BenchException("cannot start " + name + " (" + String.join(" ", command) + "): " + e.getMessage(), e);
        }
        ChildProcess child = new ChildProcess(name, process, spawnedAt);
        RUNNING.add(child);
        Thread reader = new Thread(child::readOutput, name + "-output");
        reader.setDaemon(true);
        reader.start();
        return child;
    }

    /** Stops every child still running; the bench's exit (Ctrl-C included) does it too. */
    public static void stopAll() {
        List.copyOf(RUNNING).forEach(ChildProcess::close);
    }

    /** The java binary of this JVM, so children run on the same Java. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public long pid() {
        return process.pid();
    }

    /** When the process was spawned (System.nanoTime). */
    public long spawnedAt() {
        return spawnedAt;
    }

    /** Waits for the first line of output that matches; fails naming the process and its last lines if it exits first. */
    public Line awaitLine(Predicate<String> matches, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            int seen = 0;
            while (true) {
                for (; seen < lines.size(); seen++) {
                    if (matches.test(lines.get(seen).text())) {
                        return lines.get(seen);
                    }
                }
                long left = deadline - System.nanoTime();
                if (!process.isAlive() && seen == lines.size()) {
                    throw new BenchException(name + " exited with status " + process.exitValue()
                            + " before it was ready; its last output:\n" + lastOutput());
                }
                if (left <= 0) {
                    throw new BenchException(name + " was not ready within " + timeout.toSeconds()
                            + " s; its last output:\n" + lastOutput());
                }
                try {
                    lines.wait(Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, 100));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new BenchException("interrupted while waiting for " + name, e);
                }
            }
        }
    }

    /** Resident memory of the process and every process it started, from /proc (Linux), in kibibytes. */
    public long residentKib() {
        long total = ResidentMemory.ofPid(process.pid());
        for (ProcessHandle descendant : process.descendants().toList()) {
            total += ResidentMemory.ofPid(descendant.pid());
        }
        return total;
    }

    public String lastOutput() {
        synchronized (lines) {
            return String.join("\n", lastLines);
        }
    }

    /** SIGTERM to the process (it may stop its own children), then SIGKILL to whatever of it is left. */
    @Override
    public void close() {
        List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
        process.destroy();
        try {
            process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        family.addAll(process.descendants().toList());
        process.destroyForcibly();
        family.forEach(ProcessHandle::destroyForcibly);
        RUNNING.remove(this);
    }

    private void readOutput() {
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String text;
            while ((text = output.readLine()) != null) {
                Line line = new Line(text, System.nanoTime());
                synchronized (lines) {
                    if (lines.size() < SEARCHED_LINES) {
                        lines.add(line);
                    }
                    lastLines.addLast(text);
                    if (lastLines.size() > KEPT_LINES) {
                        lastLines.removeFirst();
                    }
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // The process ended and its pipe closed under the reader: nothing more to read.
        } finally {
            synchronized (lines) {
                lines.notifyAll();
            }
        }
    }
}
