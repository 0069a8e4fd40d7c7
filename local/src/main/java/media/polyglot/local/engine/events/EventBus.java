package media.polyglot.local.engine.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.UnaryOperator;
import media.polyglot.local.engine.events.policy.BusPolicy;
import software.amazon.event.ruler.Machine;

/**
 * One event bus of one account, known by its ARN: its rules, matched with AWS's own event-ruler, so patterns behave exactly as on
 * EventBridge. Matching is concurrent; changes to rules are serialized.
 */
public final class EventBus {

    private final String name;
    private final String arn;
    private final String account;
    private final Machine machine = new Machine();
    private final Map<String, Rule> rules = new ConcurrentSkipListMap<>();
    private volatile BusPolicy policy = BusPolicy.EMPTY;

    public EventBus(String name, String arn) {
        this.name = name;
        this.arn = arn;
        this.account = Arns.account(arn);
    }

    /** Creates or replaces a rule; a new pattern replaces the old one in the matcher. */
    public synchronized void putRule(Rule rule) {
        Patterns.requireValid(rule.eventPattern(), "rule " + rule.name() + " on bus " + name);
        Rule previous = rules.get(rule.name());
        try {
            if (previous != null) {
                machine.deleteRule(previous.name(), previous.eventPattern());
            }
            machine.addRule(rule.name(), rule.eventPattern());
        } catch (Exception e) {
            throw new InvalidEventPatternException("rule " + rule.name() + " on bus " + name, e);
        }
        rules.put(rule.name(), rule);
    }

    public synchronized void deleteRule(String ruleName) {
        Rule previous = rules.remove(ruleName);
        if (previous != null) {
            try {
                machine.deleteRule(previous.name(), previous.eventPattern());
            } catch (Exception e) {
                throw new IllegalStateException("rule " + ruleName + " was stored with a pattern event-ruler refuses", e);
            }
        }
    }

    /** The enabled rules whose pattern the event matches. */
    public List<Rule> match(BusEvent event) {
        List<String> names = machine.rulesForJSONEvent(event.toJson());
        List<Rule> matched = new ArrayList<>(names.size());
        for (String ruleName : names) {
            Rule rule = rules.get(ruleName);
            if (rule != null && rule.enabled()) {
                matched.add(rule);
            }
        }
        return matched;
    }

    /** The rule with this name, or null. */
    public Rule rule(String ruleName) {
        return rules.get(ruleName);
    }

    /** Every rule, by name. */
    public Collection<Rule> rules() {
        return List.copyOf(rules.values());
    }

    /** Who besides the bus's own account may put events on it. */
    public BusPolicy policy() {
        return policy;
    }

    public synchronized void changePolicy(UnaryOperator<BusPolicy> change) {
        policy = change.apply(policy);
    }

    public String name() {
        return name;
    }

    public String arn() {
        return arn;
    }

    /** The account that owns the bus: its events need no policy statement. */
    public String account() {
        return account;
    }
}
