package media.polyglot.local.engine.events;

import java.util.List;
import java.util.Objects;

/**
 * A rule on a bus: an event pattern, as AWS's event-ruler reads it, whether it is enabled, and its
 * targets (at most five, as EventBridge allows). A scheduled rule has no pattern: {@link RuleSchedules}
 * fires it, no bus matches it.
 */
public record Rule(String name, String arn, String eventPattern, boolean enabled, String description,
                   List<Target> targets) {

    /** EventBridge allows five targets per rule. */
    public static final int MAX_TARGETS = 5;

    public Rule {
        Objects.requireNonNull(name, "rule name");
        Arns.account(arn);
        targets = List.copyOf(targets);
        if (targets.size() > MAX_TARGETS) {
            throw new InvalidTargetException("rule " + name + " would have " + targets.size()
                    + " targets; EventBridge allows " + MAX_TARGETS);
        }
    }

    /** An enabled rule with these targets. */
    public static Rule of(String name, String arn, String eventPattern, List<Target> targets) {
        return new Rule(name, arn, eventPattern, true, null, targets);
    }

    /** The account that owns the rule and its bus; a target in another account sees events from it. */
    public String account() {
        return Arns.account(arn);
    }

    public Rule withTargets(List<Target> newTargets) {
        return new Rule(name, arn, eventPattern, enabled, description, newTargets);
    }
}
