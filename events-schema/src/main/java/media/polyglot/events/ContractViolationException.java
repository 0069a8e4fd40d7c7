package media.polyglot.events;

import java.util.List;

/**
 * An event's detail breaks its schema: the message names the event type and every violation, each
 * with its JSON pointer and the keyword it breaks.
 */
public final class ContractViolationException extends RuntimeException {

    private final transient List<String> violations;

    public ContractViolationException(EventType type, List<String> violations) {
        super(type + " (detail-type " + type.detailType() + ") breaks its contract: " + String.join("; ", violations));
        this.violations = List.copyOf(violations);
    }

    /** Each violation: {@code <JSON pointer> [<keyword>] <message>}. */
    public List<String> violations() {
        return violations;
    }
}
