package media.polyglot.bench.flow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every event the flows put on the bus, accounted for. At the bus: each rule it matched delivered it to its target,
 * parked it in the target's dead-letter queue, or is still retrying; a match with none of those is lost. At the
 * consumer: every {@code polyglot.*} event reaches the audit event store (which subscribes to them all), unless it
 * sits in a dead-letter queue; one missing from both is lost too.
 *
 * @param published     events put by the flows (on any bus of the runtime)
 * @param matches       (event, rule) pairs to deliver
 * @param delivered     pairs delivered to their target
 * @param deadLettered  pairs parked in the rule target's dead-letter queue (a partner's unreachable bus, say)
 * @param retrying      pairs that failed and are waiting for a retry
 * @param notAudited    {@code polyglot.*} events the audit event store does not hold
 * @param inDeadLetters messages in all dead-letter queues of the stack at the end
 * @param stuck         messages still in subscription queues at the end
 */
record LossAccount(long published, long matches, long delivered, long deadLettered, long retrying, long notAudited,
                   long inDeadLetters, long stuck) {

    /** Matches neither delivered, nor dead-lettered, nor retrying; and audit misses no dead-letter queue explains. */
    long lost() {
        long undelivered = Math.max(0, matches - delivered - deadLettered - retrying);
        return undelivered + Math.max(0, notAudited - inDeadLetters);
    }

    /** With {@code audited} null (the store could not be read), events are accounted for at the bus only. */
    static LossAccount of(List<TracedHop> hops, Set<String> audited, JsonNode status) {
        Map<String, Integer> targetsPerRule = new HashMap<>();
        for (JsonNode bus : status.path("buses")) {
            for (JsonNode rule : bus.path("rules")) {
                targetsPerRule.put(rule.path("name").asText(), rule.path("targets").asInt());
            }
        }
        long published = 0;
        long matches = 0;
        long notAudited = 0;
        Set<String> delivered = new HashSet<>();
        Set<String> deadLettered = new HashSet<>();
        Set<String> failed = new HashSet<>();
        for (TracedHop hop : hops) {
            switch (hop.kind()) {
                case "EVENT_PUT" -> {
                    published++;
                    for (String rule : hop.rules().split(",")) {
                        matches += rule.isEmpty() ? 0 : targetsPerRule.getOrDefault(rule, 1);
                    }
                    if (audited != null && hop.source().startsWith("polyglot.") && !audited.contains(hop.envelopeEventId())) {
                        notAudited++;
                    }
                }
                case "TARGET_DELIVERED" -> delivered.add(hop.eventId() + " " + hop.rule() + " " + hop.resource());
                case "DEAD_LETTERED" -> deadLettered.add(hop.eventId() + " " + hop.rule());
                case "TARGET_FAILED" -> failed.add(hop.eventId() + " " + hop.rule());
                default -> {
                }
            }
        }
        Set<String> settled = new HashSet<>(deadLettered);
        delivered.forEach(d -> settled.add(d.substring(0, d.lastIndexOf(' '))));
        failed.removeAll(settled);
        long inDeadLetters = 0;
        long stuck = 0;
        for (JsonNode queue : status.path("queues")) {
            long messages = queue.path("visible").asLong() + queue.path("inFlight").asLong();
            if (queue.path("deadLetterQueueArn").isNull()) {
                inDeadLetters += queue.path("name").asText().contains("DeadLetter") ? messages : 0;
            } else {
                stuck += messages;
            }
        }
        return new LossAccount(published, matches, delivered.size(), deadLettered.size(), failed.size(), notAudited,
                inDeadLetters, stuck);
    }
}
