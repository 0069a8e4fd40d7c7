package media.polyglot.local.engine.mappings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import media.polyglot.local.engine.StateFiles;

/**
 * Where each stream mapping has read to, so that a restart with a data directory resumes after the
 * last record processed instead of reading the stream again from its start. Without a file, the
 * checkpoints live as long as the runtime.
 */
public final class StreamCheckpoints {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Map<String, String> checkpoints = new ConcurrentHashMap<>();

    /** @param file where checkpoints are kept, or null for memory only */
    public StreamCheckpoints(Path file) {
        this.file = file;
        if (file != null && Files.exists(file)) {
            try {
                JSON.readTree(file.toFile()).fields().forEachRemaining(e -> checkpoints.put(e.getKey(), e.getValue().asText()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read stream checkpoints from " + file, e);
            }
        }
    }

    /** The sequence number the mapping last got past, or null when it has not read yet. */
    String of(String mappingId) {
        return checkpoints.get(mappingId);
    }

    synchronized void advance(String mappingId, String sequenceNumber) {
        checkpoints.put(mappingId, sequenceNumber);
        if (file == null) {
            return;
        }
        ObjectNode json = JSON.createObjectNode();
        checkpoints.forEach(json::put);
        StateFiles.replace(file, json.toString(), "stream checkpoints");
    }
}
