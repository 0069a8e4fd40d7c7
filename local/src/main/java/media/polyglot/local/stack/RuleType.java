package media.polyglot.local.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.events.EventBus;
import media.polyglot.local.engine.events.Rule;
import media.polyglot.local.engine.events.Target;
import media.polyglot.local.template.Resource;
import media.polyglot.local.template.TemplateException;

/** {@code AWS::Events::Rule}: its pattern on its bus, and targets with their DLQ and retry policy. */
final class RuleType implements ResourceType {

    @Override
    public String type() {
        return "AWS::Events::Rule";
    }

    @Override
    public void name(Resource resource, StackContext stack) {
        String name = stack.text(resource, "Name");
        if (name == null) {
            name = stack.physical().generatedName(resource.logicalId(), 64);
        }
        String bus = busName(stack.text(resource, "EventBusName"));
        String arn = stack.physical().arn("events", "rule/" + (bus.equals("default") ? "" : bus + "/") + name);
        stack.physical().define(resource.logicalId(), bus.equals("default") ? name : bus + "|" + name, Map.of("Arn", arn));
    }

    @Override
    public void start(Resource resource, StackContext stack) {
        JsonNode pattern = stack.resolved(resource, "EventPattern");
        if (!pattern.isObject()) {
            stack.notRun(resource.logicalId(), type(), "only rules with an EventPattern run locally (no schedules yet)");
            return;
        }
        if ("DISABLED".equals(stack.text(resource, "State"))) {
            stack.notRun(resource.logicalId(), type(), "the rule is DISABLED");
            return;
        }
        String busName = busName(stack.text(resource, "EventBusName"));
        EventBus bus = stack.engines().events().bus(busName);
        if (bus == null) {
            throw new TemplateException(resource.logicalId() + ": rule on event bus " + busName + ", which does not exist");
        }
        String ruleName = stack.physical().ref(resource.logicalId());
        String name = ruleName.substring(ruleName.indexOf('|') + 1);
        List<Target> targets = new ArrayList<>();
        for (JsonNode target : stack.resolved(resource, "Targets")) {
            String id = target.path("Id").asText();
            String arn = target.path("Arn").asText();
            if (!stack.engines().events().supportsTarget(arn) || target.has("Input") || target.has("InputPath")
                    || target.has("InputTransformer")) {
                stack.notRun(resource.logicalId(), type(), "target " + id + " (" + arn
                        + ") is not delivered: only SQS targets without input transformation run locally yet");
                continue;
            }
            JsonNode retry = target.path("RetryPolicy");
            targets.add(new Target(id, arn, target.path("DeadLetterConfig").path("Arn").asText(null),
                    retry.path("MaximumRetryAttempts").asInt(Target.DEFAULT_MAX_ATTEMPTS),
                    retry.has("MaximumEventAgeInSeconds")
                            ? Duration.ofSeconds(retry.path("MaximumEventAgeInSeconds").asLong())
                            : Target.DEFAULT_MAX_EVENT_AGE));
        }
        bus.putRule(new Rule(name, stack.physical().attribute(resource.logicalId(), "Arn"), pattern.toString(), targets));
    }

    private static String busName(String nameOrArn) {
        return nameOrArn == null ? "default" : nameOrArn.substring(nameOrArn.lastIndexOf('/') + 1);
    }
}
