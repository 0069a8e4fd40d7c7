package media.polyglot.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The project's root directory, the one holding {@code cdk.json}, against which asset paths resolve.
 * {@code npx cdk} runs the app from the root, Maven runs tests from a module's directory: walking up
 * from where we are finds the same root in both cases.
 *
 * @param path the absolute root directory
 */
public record ProjectRoot(Path path) {

    /** The file that marks the root. */
    public static final String MARKER = "cdk.json";

    public ProjectRoot {
        Objects.requireNonNull(path, "path");
        path = path.toAbsolutePath().normalize();
    }

    /** The root above (or at) the JVM's working directory. */
    public static ProjectRoot ofWorkingDirectory() {
        return locate(Path.of(""));
    }

    /**
     * The nearest directory at or above {@code start} that holds {@value #MARKER}.
     *
     * @throws IllegalStateException when no directory up to the file system root holds one
     */
    public static ProjectRoot locate(Path start) {
        Path from = start.toAbsolutePath().normalize();
        for (Path dir = from; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(MARKER))) {
                return new ProjectRoot(dir);
            }
        }
        throw new IllegalStateException("No " + MARKER + " in " + from
                + " or any directory above it: run the CDK app from inside the project");
    }

    /**
     * The shaded jar of one bounded context's functions, {@code functions/<context>/target/<context>.jar}.
     *
     * @throws IllegalStateException when the jar has not been built
     */
    public Path functionJar(String context) {
        Path jar = path.resolve("functions").resolve(context).resolve("target").resolve(context + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Function jar " + jar + " of context '" + context
                    + "' is missing: build it first with ./mvnw -pl infra -am package");
        }
        return jar;
    }
}
