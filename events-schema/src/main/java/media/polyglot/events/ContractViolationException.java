package media.polyglot.events;

import java.util.List;

/** An event's detail breaks its schema: the message names the event type and every violation. */
public final class ContractViolationException extends RuntimeException {

    private final transient List<String> violations;

    public ContractViolationException(EventType type, List<String> violations) {
        super(type + " breaks its contract: " + String.join("; ", violations));
        this.violations = List.copyOf(violations);
    }

    public List<String> violations() {
        return violations;
    }
}
