package media.polyglot.local.protocol.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.events.EventBus;
import media.polyglot.local.engine.events.EventRouter;
import media.polyglot.local.engine.events.InvalidTargetException;
import media.polyglot.local.engine.events.Rule;
import media.polyglot.local.engine.events.Target;

/** PutRule, DescribeRule, DeleteRule, ListRules, PutTargets, RemoveTargets, ListTargetsByRule. */
final class RuleActions {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final EventRouter router;

    RuleActions(EventRouter router) {
        this.router = router;
    }

    JsonNode putRule(JsonNode request) {
        EventBus bus = Requests.bus(router, request, "EventBusName");
        String name = Requests.required(request, "Name");
        if (request.has("ScheduleExpression")) {
            throw EventBridgeException.invalid("ScheduleExpression is not served by the local runtime yet");
        }
        String pattern = Requests.required(request, "EventPattern");
        Rule existing = bus.rule(name);
        Rule rule = new Rule(name, ruleArn(bus, name), pattern, !"DISABLED".equals(Requests.optional(request, "State")),
                Requests.optional(request, "Description"), existing == null ? List.of() : existing.targets());
        bus.putRule(rule);
        return NODES.objectNode().put("RuleArn", rule.arn());
    }

    JsonNode describeRule(JsonNode request) {
        EventBus bus = Requests.bus(router, request, "EventBusName");
        return ruleJson(bus, rule(bus, Requests.required(request, "Name")));
    }

    JsonNode deleteRule(JsonNode request) {
        EventBus bus = Requests.bus(router, request, "EventBusName");
        Rule rule = bus.rule(Requests.required(request, "Name"));
        if (rule != null && !rule.targets().isEmpty()) {
            throw new EventBridgeException("ValidationException", "Rule can't be deleted since it has targets.");
        }
        bus.deleteRule(Requests.required(request, "Name"));
        return NODES.objectNode();
    }

    JsonNode listRules(JsonNode request) {
        EventBus bus = Requests.bus(router, request, "EventBusName");
        String prefix = Requests.optional(request, "NamePrefix");
        ObjectNode response = NODES.objectNode();
        var rules = response.putArray("Rules");
        bus.rules().stream().filter(rule -> prefix == null || rule.name().startsWith(prefix))
                .forEach(rule -> rules.add(ruleJson(bus, rule)));
        return response;
    }

    JsonNode putTargets(JsonNode request) {
        EventBus bus = Requests.bus(router, request, "EventBusName");
        Rule rule = rule(bus, Requests.required(request, "Rule"));
        Map<String, Target> targets = new LinkedHashMap<>();
        rule.targets().forEach(target -> targets.put(target.id(), target));
        ObjectNode response = NODES.objectNode();
        var failed = response.putArray("FailedEntries");
        for (JsonNode json : request.path("Targets")) {
            try {
                Target target = TargetJson.read(json);
                targets.put(target.id(), target);
            } catch (InvalidTargetException e) {
                failed.addObject().put("TargetId", json.path("Id").asText())
                        .put("ErrorCode", "ValidationException").put("ErrorMessage", e.getMessage());
            }
        }
        bus.putRule(rule.withTargets(new ArrayList<>(targets.values())));
        return response.put("FailedEntryCount", failed.size());
    }

    JsonNode removeTargets(JsonNode request) {
        EventBus bus = Requests.bus(router, request, "EventBusName");
        Rule rule = rule(bus, Requests.required(request, "Rule"));
        List<String> ids = new ArrayList<>();
        request.path("Ids").forEach(id -> ids.add(id.asText()));
        bus.putRule(rule.withTargets(rule.targets().stream().filter(t -> !ids.contains(t.id())).toList()));
        return NODES.objectNode().put("FailedEntryCount", 0).set("FailedEntries", NODES.arrayNode());
    }

    JsonNode listTargetsByRule(JsonNode request) {
        EventBus bus = Requests.bus(router, request, "EventBusName");
        Rule rule = rule(bus, Requests.required(request, "Rule"));
        ObjectNode response = NODES.objectNode();
        var targets = response.putArray("Targets");
        rule.targets().forEach(target -> TargetJson.write(target, targets.addObject()));
        return response;
    }

    private String ruleArn(EventBus bus, String name) {
        return router.arn(bus.account(), "rule/" + (bus.name().equals("default") ? "" : bus.name() + "/") + name);
    }

    private static Rule rule(EventBus bus, String name) {
        Rule rule = bus.rule(name);
        if (rule == null) {
            throw EventBridgeException.notFound("Rule " + name + " does not exist on EventBus " + bus.name() + ".");
        }
        return rule;
    }

    private static ObjectNode ruleJson(EventBus bus, Rule rule) {
        ObjectNode json = NODES.objectNode().put("Name", rule.name()).put("Arn", rule.arn())
                .put("EventPattern", rule.eventPattern()).put("State", rule.enabled() ? "ENABLED" : "DISABLED")
                .put("EventBusName", bus.name());
        if (rule.description() != null) {
            json.put("Description", rule.description());
        }
        return json;
    }
}
