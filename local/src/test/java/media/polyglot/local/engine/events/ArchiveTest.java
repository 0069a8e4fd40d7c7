package media.polyglot.local.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Archiving and replaying events": what an archive keeps, for how long, and across restarts. */
class ArchiveTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUS = "arn:aws:events:us-east-1:000000000000:event-bus/polyglot";
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @TempDir
    Path directory;

    @Test
    void anArchiveKeepsOnlyItsBusesMatchingEventsAndNeverAReplayedOne() {
        Archive archive = new Archive("a", "arn:a", BUS, "{\"detail-type\": [\"Kept\"]}", 0, directory);

        archive.offer(BUS, event("1", "Kept"), NOW);
        archive.offer(BUS, event("2", "Other"), NOW);
        archive.offer("arn:aws:events:us-east-1:000000000000:event-bus/elsewhere", event("3", "Kept"), NOW);
        archive.offer(BUS, event("4", "Kept").put("replay-name", "r"), NOW);

        assertThat(archive.between(NOW.minusSeconds(1), NOW.plusSeconds(1), NOW))
                .extracting(archived -> archived.event().path("id").asText()).containsExactly("1");
    }

    @Test
    void aReopenedArchiveHasWhatItKeptAndRetentionDropsTheOldestForGood() {
        Archive archive = new Archive("b", "arn:b", BUS, null, 1, directory);
        archive.offer(BUS, event("old", "Kept"), NOW.minus(Duration.ofDays(2)));
        archive.offer(BUS, event("new", "Kept"), NOW);

        Archive reopened = new Archive("b", "arn:b", BUS, null, 1, directory);
        assertThat(reopened.eventCount()).isEqualTo(2);

        assertThat(reopened.between(NOW.minus(Duration.ofDays(3)), NOW.plusSeconds(1), NOW))
                .extracting(archived -> archived.event().path("id").asText()).containsExactly("new");
        assertThat(new Archive("b", "arn:b", BUS, null, 1, directory).eventCount()).isEqualTo(1);
    }

    private static ObjectNode event(String id, String detailType) {
        ObjectNode event = JSON.createObjectNode().put("id", id).put("detail-type", detailType).put("source", "s")
                .put("account", "000000000000").put("time", "2026-11-26T10:00:00Z").put("region", "us-east-1");
        event.putArray("resources");
        event.putObject("detail");
        return event;
    }
}
