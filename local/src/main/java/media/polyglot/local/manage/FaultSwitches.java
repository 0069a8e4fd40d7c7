package media.polyglot.local.manage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import media.polyglot.local.fault.FaultSettings;
import media.polyglot.local.fault.Faults;

/**
 * {@code GET /_polyglot/faults} (the settings in force and what they did) and {@code POST /_polyglot/faults}
 * (new settings; a field left out is off), for tests that inject faults into a running system.
 */
final class FaultSwitches {

    private static final Set<String> FIELDS = Set.of("duplicateDeliveries", "putEventsFailureRate",
            "putEventsThrottleRate", "maxFailuresPerEntry", "unavailableTargets");

    private FaultSwitches() {
    }

    static ObjectNode describe(Faults faults) {
        FaultSettings settings = faults.settings();
        Faults.Counts counts = faults.counts();
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.putObject("settings").put("duplicateDeliveries", settings.duplicateDeliveries())
                .put("putEventsFailureRate", settings.putEventsFailureRate())
                .put("putEventsThrottleRate", settings.putEventsThrottleRate())
                .put("maxFailuresPerEntry", settings.maxFailuresPerEntry())
                .set("unavailableTargets", JsonNodeFactory.instance.arrayNode().addAll(settings.unavailableTargets()
                        .stream().map(JsonNodeFactory.instance::textNode).toList()));
        json.putObject("counts").put("duplicateDeliveries", counts.duplicateDeliveries())
                .put("putEventsEntriesFailed", counts.putEventsEntriesFailed())
                .put("putEventsEntriesThrottled", counts.putEventsEntriesThrottled());
        return json;
    }

    static ObjectNode set(Faults faults, JsonNode request) {
        for (Iterator<String> names = request.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException("no fault " + name + "; there are " + FIELDS);
            }
        }
        faults.set(new FaultSettings(request.path("duplicateDeliveries").asBoolean(false),
                request.path("putEventsFailureRate").asDouble(0), request.path("putEventsThrottleRate").asDouble(0),
                request.path("maxFailuresPerEntry").asInt(request.has("putEventsFailureRate")
                        || request.has("putEventsThrottleRate") ? 2 : 0), targetArns(request.path("unavailableTargets"))));
        return describe(faults);
    }

    private static List<String> targetArns(JsonNode arns) {
        if (arns.isMissingNode()) {
            return List.of();
        }
        if (!arns.isArray()) {
            throw new IllegalArgumentException("unavailableTargets must be a list of target ARNs");
        }
        List<String> targets = new ArrayList<>();
        arns.forEach(arn -> {
            if (!arn.isTextual()) {
                throw new IllegalArgumentException("unavailableTargets must be a list of target ARNs, not " + arn);
            }
            targets.add(arn.asText());
        });
        return targets;
    }
}
