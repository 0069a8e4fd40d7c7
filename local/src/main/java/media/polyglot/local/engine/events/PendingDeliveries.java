package media.polyglot.local.engine.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.StateFiles;

/**
 * The deliveries waiting for a retry, kept in a file of the data directory so that a restart of the
 * runtime resumes them instead of losing the events. Without a file, nothing is kept. Only failing
 * deliveries pass through here, so the file stays small and is rewritten whole on each change.
 */
final class PendingDeliveries {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One delivery waiting for its next attempt. */
    record Pending(String ruleArn, String targetId, ObjectNode event, int nextAttempt, Instant acceptedAt) {

        String key() {
            return ruleArn + "|" + targetId + "|" + event.path("id").asText();
        }
    }

    private final Path file;
    private final Map<String, Pending> pending = new LinkedHashMap<>();

    PendingDeliveries(Path file) {
        this.file = file;
        if (file != null && Files.exists(file)) {
            read().forEach(p -> pending.put(p.key(), p));
        }
    }

    synchronized void waiting(Pending delivery) {
        pending.put(delivery.key(), delivery);
        write();
    }

    synchronized void done(Pending delivery) {
        if (pending.remove(delivery.key()) != null) {
            write();
        }
    }

    /** What was waiting when the runtime last stopped; it is handed over once. */
    synchronized List<Pending> takeAll() {
        return new ArrayList<>(pending.values());
    }

    private List<Pending> read() {
        try {
            List<Pending> entries = new ArrayList<>();
            for (JsonNode entry : JSON.readTree(file.toFile())) {
                entries.add(new Pending(entry.path("ruleArn").asText(), entry.path("targetId").asText(),
                        (ObjectNode) entry.path("event"), entry.path("nextAttempt").asInt(),
                        Instant.parse(entry.path("acceptedAt").asText())));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the pending deliveries in " + file, e);
        }
    }

    private void write() {
        if (file == null) {
            return;
        }
        ArrayNode entries = JSON.createArrayNode();
        for (Pending delivery : pending.values()) {
            ObjectNode entry = entries.addObject().put("ruleArn", delivery.ruleArn()).put("targetId", delivery.targetId())
                    .put("nextAttempt", delivery.nextAttempt()).put("acceptedAt", delivery.acceptedAt().toString());
            entry.set("event", delivery.event());
        }
        StateFiles.replace(file, entries.toString(), "the pending deliveries");
    }
}
