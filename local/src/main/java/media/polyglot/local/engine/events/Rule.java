package media.polyglot.local.engine.events;

import java.util.List;
import java.util.Objects;

/** A rule on a bus: an event pattern, as AWS's event-ruler reads it, and its targets. */
public record Rule(String name, String arn, String eventPattern, List<Target> targets) {

    public Rule {
        Objects.requireNonNull(name, "rule name");
        Objects.requireNonNull(eventPattern, "event pattern of rule " + name);
        targets = List.copyOf(targets);
    }
}
