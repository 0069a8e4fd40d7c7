package media.polyglot.bench.process;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import media.polyglot.bench.BenchException;

/**
 * {@code java -jar local/target/local.jar up} on a cloud assembly, as a user starts it, on a port it picks itself.
 * Ready when it prints its {@code AWS_ENDPOINT_URL} and its {@code ready} line.
 */
public final class LocalRuntimeProcess implements AutoCloseable {

    private static final String ENDPOINT_PREFIX = "AWS_ENDPOINT_URL=";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final ChildProcess process;
    private final URI endpoint;
    private final long readyNanos;

    private LocalRuntimeProcess(ChildProcess process, URI endpoint, long readyNanos) {
        this.process = process;
        this.endpoint = endpoint;
        this.readyNanos = readyNanos;
    }

    /** Fails with what to run when the runtime has not been built. */
    public static Path requireBuilt(Path root) {
        Path jar = root.resolve("local/target/local.jar");
        if (!Files.isRegularFile(jar) || !Files.isDirectory(root.resolve("local/target/lib"))) {
            throw new BenchException(jar + " or local/target/lib is missing: build the runtime first with"
                    + " ./mvnw -DskipTests package (./polyglot bench does it for you)");
        }
        return jar;
    }

    public static LocalRuntimeProcess start(Path root, Path assembly) {
        Path jar = requireBuilt(root);
        ChildProcess process = ChildProcess.start("the local runtime", List.of(ChildProcess.java(), "-jar",
                jar.toString(), "up", "--cdk-out", assembly.toString(), "--port", "0"), root);
        try {
            String url = process.awaitLine(line -> line.startsWith(ENDPOINT_PREFIX), READY_TIMEOUT).text()
                    .substring(ENDPOINT_PREFIX.length()).trim();
            ChildProcess.Line ready = process.awaitLine(line -> line.startsWith("ready"), READY_TIMEOUT);
            return new LocalRuntimeProcess(process, URI.create(url), ready.readAt() - process.spawnedAt());
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    /** From spawning {@code java -jar local.jar up} to its ready line. */
    public double readyMillis() {
        return readyNanos / 1_000_000.0;
    }

    /** Resident memory of the runtime and its function processes, in MiB. */
    public double residentMib() {
        return process.residentKib() / 1024.0;
    }

    public String lastOutput() {
        return process.lastOutput();
    }

    @Override
    public void close() {
        process.close();
    }
}
