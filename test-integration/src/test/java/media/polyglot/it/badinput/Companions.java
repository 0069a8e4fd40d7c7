package media.polyglot.it.badinput;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Valid events sent beside the bad ones: a ContentPublished (v1) from {@code polyglot.publishing}, which only the
 * audit event store consumes, so its arrival in an item's history proves that the bad input beside it lost
 * nothing and blocked nothing.
 */
public final class Companions {

    public static final String SOURCE = "polyglot.publishing";
    public static final String DETAIL_TYPE = "ContentPublished";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The companions sent, by content id, with the case that sent each. */
    private final Map<String, String> sentByContentId = new ConcurrentHashMap<>();

    /** A fresh companion's detail for {@code caseId}; its content id is recorded as sent. */
    public Companion next(String caseId) {
        String contentId = "companion-" + UUID.randomUUID();
        String now = Instant.now().toString();
        ObjectNode detail = JSON.createObjectNode();
        detail.putObject("metadata").put("eventId", UUID.randomUUID().toString()).put("schemaVersion", 1)
                .put("correlationId", UUID.randomUUID().toString()).put("causationId", UUID.randomUUID().toString())
                .put("producer", "publishing").put("occurredAt", now);
        detail.putObject("data").put("contentId", contentId).put("revision", 1).put("category", "travel")
                .put("url", "https://polyglot.media/en/travel/" + contentId).put("publishedAt", now)
                .set("languages", JSON.valueToTree(List.of("en")));
        sentByContentId.put(contentId, caseId);
        return new Companion(contentId, detail.toString());
    }

    public Map<String, String> sent() {
        return Map.copyOf(sentByContentId);
    }

    /** One companion event. */
    public record Companion(String contentId, String detail) {
    }
}
