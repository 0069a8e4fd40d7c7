package media.polyglot.local.engine.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import media.polyglot.local.engine.StateFiles;

/**
 * An archive's events on disk, one JSON line per event, appended as they arrive and read back at
 * start: what keeps an archive across restarts of the runtime with a data directory.
 */
final class ArchiveFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    ArchiveFile(Path file) {
        this.file = file;
    }

    List<Archive.ArchivedEvent> read() {
        List<Archive.ArchivedEvent> events = new ArrayList<>();
        if (!Files.exists(file)) {
            return events;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode entry = JSON.readTree(line);
                    events.add(new Archive.ArchivedEvent(Instant.parse(entry.path("receivedAt").asText()),
                            (ObjectNode) entry.path("event")));
                }
            }
            return events;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read archive file " + file, e);
        }
    }

    void append(Archive.ArchivedEvent event) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            out.write(line(event));
            out.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to archive file " + file, e);
        }
    }

    /** Rewrites the file with what is left after retention dropped the oldest events. */
    void rewrite(List<Archive.ArchivedEvent> events) {
        StringBuilder lines = new StringBuilder();
        events.forEach(event -> lines.append(line(event)).append(System.lineSeparator()));
        StateFiles.replace(file, lines.toString(), "the archive");
    }

    private static String line(Archive.ArchivedEvent event) {
        ObjectNode entry = JSON.createObjectNode().put("receivedAt", event.receivedAt().toString());
        entry.set("event", event.event());
        return entry.toString();
    }
}
