package media.polyglot.local.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.events.EventBus;
import media.polyglot.local.engine.events.RateExpression;
import media.polyglot.local.engine.events.Rule;
import media.polyglot.local.engine.events.Target;
import media.polyglot.local.protocol.events.TargetJson;
import media.polyglot.local.template.Resource;
import media.polyglot.local.template.TemplateException;

/**
 * {@code AWS::Events::Rule}: its pattern on its bus, or its rate schedule, and targets with their DLQ and retry
 * policy.
 */
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
        String schedule = stack.text(resource, "ScheduleExpression");
        if (schedule != null) {
            startScheduled(resource, stack, schedule);
            return;
        }
        JsonNode pattern = stack.resolved(resource, "EventPattern");
        if (!pattern.isObject()) {
            throw new TemplateException(resource.logicalId() + ": a rule has an EventPattern or a ScheduleExpression");
        }
        String busName = busName(stack.text(resource, "EventBusName"));
        EventBus bus = stack.engines().events().bus(stack.accountId(), busName);
        if (bus == null) {
            throw new TemplateException(resource.logicalId() + ": rule on event bus " + busName + ", which does not exist");
        }
        bus.putRule(rule(resource, stack, pattern.toString()));
    }

    private void startScheduled(Resource resource, StackContext stack, String schedule) {
        if (!RateExpression.isRate(schedule)) {
            stack.notRun(resource.logicalId(), type(), "cron schedules do not fire locally, rate(...) schedules do: "
                    + schedule);
            return;
        }
        RateExpression rate;
        try {
            rate = RateExpression.parse(schedule);
        } catch (IllegalArgumentException e) {
            throw new TemplateException(resource.logicalId() + ": " + e.getMessage());
        }
        stack.engines().schedules().start(rule(resource, stack, null), rate);
    }

    /** The rule with its runnable targets; a target the runtime has no engine for is reported not run. */
    private Rule rule(Resource resource, StackContext stack, String pattern) {
        String ruleName = stack.physical().ref(resource.logicalId());
        List<Target> targets = new ArrayList<>();
        for (JsonNode json : stack.resolved(resource, "Targets")) {
            Target target = TargetJson.read(json);
            if (stack.engines().events().supportsTarget(target.arn())) {
                targets.add(target);
            } else {
                stack.notRun(resource.logicalId(), type(), "target " + target.id() + " (" + target.arn()
                        + ") is not delivered: the runtime has no engine for that kind of target");
            }
        }
        return new Rule(ruleName.substring(ruleName.indexOf('|') + 1),
                stack.physical().attribute(resource.logicalId(), "Arn"), pattern,
                !"DISABLED".equals(stack.text(resource, "State")), stack.text(resource, "Description"), targets);
    }

    private static String busName(String nameOrArn) {
        return nameOrArn == null ? "default" : nameOrArn.substring(nameOrArn.lastIndexOf('/') + 1);
    }
}
