package media.polyglot.local.engine.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.event.ruler.Machine;

/**
 * One event bus: its rules, matched with AWS's own event-ruler, so patterns behave exactly as on
 * EventBridge. Thread-safe: event-ruler's machine matches concurrently.
 */
public final class EventBus {

    private final String name;
    private final String arn;
    private final Machine machine = new Machine();
    private final Map<String, Rule> rules = new ConcurrentHashMap<>();

    public EventBus(String name, String arn) {
        this.name = name;
        this.arn = arn;
    }

    public void putRule(Rule rule) {
        try {
            machine.addRule(rule.name(), rule.eventPattern());
        } catch (Exception e) {
            throw new InvalidEventPatternException(rule.name(), name, e);
        }
        rules.put(rule.name(), rule);
    }

    /** The rules whose pattern the event matches. */
    public List<Rule> match(BusEvent event) {
        List<String> names = machine.rulesForJSONEvent(event.toJson());
        List<Rule> matched = new ArrayList<>(names.size());
        names.forEach(ruleName -> matched.add(rules.get(ruleName)));
        return matched;
    }

    public String name() {
        return name;
    }

    public String arn() {
        return arn;
    }
}
