package media.polyglot.events.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import media.polyglot.events.EventJson;

/**
 * The last published form of every schema version, committed under {@code events-schema/baseline}
 * with the same layout as {@code schemas/}. The build compares {@code schemas/} with it and refuses
 * a breaking change to a published version; {@link #publish()} records the current forms when a
 * version is published (see {@link PublishBaseline}).
 *
 * @param baselineDir the committed baseline
 * @param schemasDir  the schemas as they are now
 */
public record Baseline(Path baselineDir, Path schemasDir) {

    private static final String SCHEMA_SUFFIX = ".schema.json";

    /** Every breaking change from the baseline to the current schemas. */
    public List<Break> check() {
        List<Break> breaks = new ArrayList<>();
        for (Path published : schemaFiles(baselineDir)) {
            Path relative = baselineDir.relativize(published);
            Path current = schemasDir.resolve(relative);
            String subject = subject(relative);
            if (!Files.isRegularFile(current)) {
                breaks.add(new Break(subject, "", "was removed from " + schemasDir.resolve(relative),
                        Rule.REMOVED_VERSION));
            } else {
                breaks.addAll(SchemaComparison.compare(subject, read(published), read(current)));
            }
        }
        return breaks;
    }

    /**
     * Records every current schema version as published, after checking that none breaks its
     * published form.
     *
     * @return the files written into the baseline
     * @throws IllegalStateException listing the breaks, if any; the baseline is then left as it was
     */
    public List<Path> publish() {
        List<Break> breaks = check();
        if (!breaks.isEmpty()) {
            throw new IllegalStateException("not publishing: " + breaks.size() + " breaking change(s) to published "
                    + "schemas; put them in a new major version instead:\n" + String.join("\n",
                    breaks.stream().map(Break::message).toList()));
        }
        List<Path> written = new ArrayList<>();
        for (Path schema : schemaFiles(schemasDir)) {
            Path target = baselineDir.resolve(schemasDir.relativize(schema));
            try {
                Files.createDirectories(target.getParent());
                Files.copy(schema, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write baseline " + target + ": " + e.getMessage(), e);
            }
            written.add(target);
        }
        return written;
    }

    /** {@code ContentPublished/v1.schema.json} is {@code ContentPublished v1}; the envelope is {@code envelope}. */
    static String subject(Path relative) {
        String file = relative.getFileName().toString();
        String version = file.substring(0, file.length() - SCHEMA_SUFFIX.length());
        Path folder = relative.getParent();
        return folder == null ? version : folder.getFileName() + " " + version;
    }

    private static List<Path> schemaFiles(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("no schema folder at " + root.toAbsolutePath());
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().endsWith(SCHEMA_SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return EventJson.mapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + file + ": " + e.getMessage(), e);
        }
    }
}
