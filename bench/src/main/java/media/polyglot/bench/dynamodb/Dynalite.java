package media.polyglot.bench.dynamodb;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import media.polyglot.bench.BenchException;
import media.polyglot.bench.process.ChildProcess;

/**
 * dynalite, the DynamoDB comparison: installed with npm once into {@code bench/target/dynalite} (a clean build removes
 * it), started in memory on a free loopback port with tables created at once.
 */
final class Dynalite implements AutoCloseable {

    static final String VERSION = "4.0.0";
    private static final Duration INSTALL_LIMIT = Duration.ofMinutes(5);

    private final ChildProcess process;
    private final URI endpoint;

    private Dynalite(ChildProcess process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    static Dynalite start(Path root, Runnable installing) throws IOException, InterruptedException {
        Path directory = root.resolve("bench/target/dynalite");
        Path cli = directory.resolve("node_modules/dynalite/cli.js");
        require("node", "--version");
        if (!Files.isRegularFile(cli)) {
            require("npm", "--version");
            installing.run();
            Files.createDirectories(directory);
            run(directory, "npm", "install", "--no-audit", "--no-fund", "--loglevel=error", "--prefix",
                    directory.toString(), "dynalite@" + VERSION);
        }
        int port = freePort();
        ChildProcess process = ChildProcess.start("dynalite", List.of("node", cli.toString(), "--host", "127.0.0.1",
                "--port", Integer.toString(port), "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"),
                directory);
        try {
            process.awaitLine(line -> line.contains("listening at"), Duration.ofSeconds(30));
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
        return new Dynalite(process, URI.create("http://127.0.0.1:" + port));
    }

    URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        process.close();
    }

    private static void require(String tool, String versionFlag) throws InterruptedException {
        try {
            Process probe = new ProcessBuilder(tool, versionFlag).redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            if (probe.waitFor() != 0) {
                throw new BenchException(tool + " " + versionFlag + " failed: the dynamodb benchmark runs dynalite"
                        + " with Node.js; install Node.js 18 or later with npm");
            }
        } catch (IOException e) {
            throw new BenchException(tool + " is not on the PATH: the dynamodb benchmark runs dynalite with"
                    + " Node.js; install Node.js 18 or later with npm", e);
        }
    }

    private static void run(Path directory, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(INSTALL_LIMIT.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new BenchException(String.join(" ", command) + " failed in " + directory
                    + " (is the npm registry reachable?):\n" + new String(output));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
