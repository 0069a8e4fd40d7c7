package media.polyglot.local.engine.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * An event as EventBridge delivers it: its own envelope ({@code version}, {@code id},
 * {@code detail-type}, {@code source}, {@code account}, {@code time}, {@code region},
 * {@code resources}) around the {@code detail}.
 */
public record BusEvent(String id, String source, String detailType, JsonNode detail, Instant time, String account,
                       String region, List<String> resources) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public BusEvent {
        resources = List.copyOf(resources);
    }

    /** An event as a bus delivered it, read back (from another bus, an archive, a replay). */
    static BusEvent fromJson(ObjectNode json) {
        List<String> resources = new ArrayList<>();
        json.path("resources").forEach(resource -> resources.add(resource.asText()));
        return new BusEvent(json.path("id").asText(), json.path("source").asText(), json.path("detail-type").asText(),
                json.path("detail"), Instant.parse(json.path("time").asText()), json.path("account").asText(),
                json.path("region").asText(), resources);
    }

    public ObjectNode toJson() {
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "0");
        event.put("id", id);
        event.put("detail-type", detailType);
        event.put("source", source);
        event.put("account", account);
        // EventBridge stamps whole seconds.
        event.put("time", time.truncatedTo(ChronoUnit.SECONDS).toString());
        event.put("region", region);
        ArrayNode resourceArns = event.putArray("resources");
        resources.forEach(resourceArns::add);
        event.set("detail", detail);
        return event;
    }
}
