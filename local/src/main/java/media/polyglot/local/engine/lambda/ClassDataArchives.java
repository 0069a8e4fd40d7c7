package media.polyglot.local.engine.lambda;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Application class-data sharing per function: the first instance of a function's code records the
 * classes it loaded into an archive when its JVM exits; later instances map that archive instead
 * of loading and verifying the same classes again, which shortens cold starts. An archive is keyed
 * by the JVM, the handler and the exact classpath (paths, sizes and times), so new code never uses
 * an old archive.
 */
final class ClassDataArchives {

    private static final Logger LOG = LoggerFactory.getLogger(ClassDataArchives.class);

    /** Exit codes above this are 128 + the number of the signal that ended the process. */
    private static final int SIGNALLED = 128;
    private static final int SIGTERM_EXIT = 143;
    private static final Duration UNUSED_FOR = Duration.ofDays(7);

    private final Path directory;
    private final Set<Path> recording = ConcurrentHashMap.newKeySet();

    /** @param directory where archives are kept between runs of the runtime; null turns archives off */
    ClassDataArchives(Path directory) {
        this.directory = directory;
    }

    /**
     * The default place: the user's cache directory, so archives outlive one run of the runtime. Each build of a
     * function's jar keys a new archive of some 20 MB, so archives unused for a week are deleted first.
     */
    static ClassDataArchives inUserCache() {
        String home = System.getProperty("user.home");
        ClassDataArchives archives = new ClassDataArchives(home == null ? null : Path.of(home, ".cache", "polyglot", "cds"));
        archives.prune(Instant.now().minus(UNUSED_FOR));
        return archives;
    }

    /** Deletes the archives last used before {@code cutoff}, and what an exit left half-written. */
    void prune(Instant cutoff) {
        if (directory == null || !Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            LOG.warn("could not prune the class-data archives in {}: {}", directory, e.toString());
        }
    }

    /** The JVM flags for one instance, and what to do when it has exited. */
    Use use(List<Path> classpath, String handler) {
        ensureDirectory();
        // Class-data sharing takes classes from jars only; code in directories (tests) runs without it.
        if (directory == null || !classpath.stream().allMatch(Files::isRegularFile)) {
            return new Use(List.of(), exitCode -> { });
        }
        Path archive = directory.resolve(key(classpath, handler) + ".jsa");
        if (Files.isRegularFile(archive)) {
            markUsed(archive);
            return new Use(List.of("-XX:SharedArchiveFile=" + archive), exitCode -> { });
        }
        if (!recording.add(archive)) {
            return new Use(List.of(), exitCode -> { });
        }
        Path partial = archive.resolveSibling(archive.getFileName() + "." + UUID.randomUUID() + ".partial");
        return new Use(List.of("-XX:ArchiveClassesAtExit=" + partial), exitCode -> publish(partial, archive, exitCode));
    }

    /** The flags, and the step that keeps a recorded archive once the process is gone, given its exit code. */
    record Use(List<String> flags, IntConsumer afterExit) {
    }

    /** Its modification time tells when it was last used, which pruning reads. */
    private static void markUsed(Path archive) {
        try {
            Files.setLastModifiedTime(archive, FileTime.from(Instant.now()));
        } catch (IOException e) {
            LOG.debug("could not mark {} used: {}", archive, e.toString());
        }
    }

    private void ensureDirectory() {
        if (directory != null) {
            try {
                Files.createDirectories(directory);
            } catch (IOException e) {
                LOG.warn("class-data archives are off: cannot create {}: {}", directory, e.toString());
            }
        }
    }

    /**
     * Keeps what the JVM wrote at exit, unless a signal other than SIGTERM ended it (143 is the JVM's exit on SIGTERM,
     * after its exit steps; 137 is SIGKILL): a JVM killed while it wrote leaves an archive cut short.
     */
    private void publish(Path partial, Path archive, int exitCode) {
        try {
            if (exitCode > SIGNALLED && exitCode != SIGTERM_EXIT) {
                LOG.info("class-data archive {} not kept: its JVM ended with exit code {} while it may have been writing it",
                        archive.getFileName(), exitCode);
                Files.deleteIfExists(partial);
            } else if (Files.isRegularFile(partial) && Files.size(partial) > 0) {
                Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            LOG.warn("could not keep the class-data archive {}: {}", archive, e.toString());
        } finally {
            recording.remove(archive);
        }
    }

    private static String key(List<Path> classpath, String handler) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(System.getProperty("java.vm.version", "").getBytes(StandardCharsets.UTF_8));
            digest.update(handler.getBytes(StandardCharsets.UTF_8));
            for (Path entry : classpath) {
                digest.update(entry.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
                if (Files.isRegularFile(entry)) {
                    digest.update(Long.toString(Files.size(entry)).getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.getLastModifiedTime(entry).toString().getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot key a class-data archive for " + classpath, e);
        }
    }
}
