package media.polyglot.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every event of a set of flows accounted for: what was put on the bus under a {@code polyglot.*} source (the
 * runtime's hops, by envelope event id), what the event store consumed (audit's history, which keeps every such
 * event), what waits in a dead-letter queue (of any source: a partner's event too); what was lost (put, neither
 * consumed nor parked) and what was doubled (put or stored twice).
 */
record FlowAccount(String fault, int published, int consumed, int parked, int lost, int doubled,
                   int parkedOfPublished) {

    static FlowAccount of(String fault, List<JsonNode> hops, List<JsonNode> history, Set<String> parkedEventIds) {
        Map<String, Integer> puts = new HashMap<>();
        for (JsonNode hop : hops) {
            String envelopeEventId = hop.path("details").path("envelopeEventId").asText("");
            if (hop.path("kind").asText().equals("EVENT_PUT") && !envelopeEventId.isEmpty()
                    && hop.path("details").path("source").asText().startsWith("polyglot.")) {
                puts.merge(envelopeEventId, 1, Integer::sum);
            }
        }
        Map<String, Integer> stored = new HashMap<>();
        history.forEach(e -> stored.merge(e.path("envelope").path("metadata").path("eventId").asText(), 1, Integer::sum));
        Set<String> accounted = new HashSet<>(stored.keySet());
        accounted.addAll(parkedEventIds);
        int lost = (int) puts.keySet().stream().filter(id -> !accounted.contains(id)).count();
        int doubled = (int) (puts.values().stream().filter(n -> n > 1).count()
                + stored.values().stream().filter(n -> n > 1).count());
        return new FlowAccount(fault, puts.size(), stored.size(), parkedEventIds.size(), lost, doubled,
                (int) parkedEventIds.stream().filter(puts::containsKey).count());
    }

    static String header() {
        return String.format("%-40s %9s %9s %7s %5s %7s", "fault", "published", "consumed", "in DLQ", "lost", "doubled");
    }

    String row() {
        return String.format("%-40s %9d %9d %7d %5d %7d", fault, published, consumed, parked, lost, doubled);
    }
}
