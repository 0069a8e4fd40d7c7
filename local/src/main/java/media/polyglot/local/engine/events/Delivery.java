package media.polyglot.local.engine.events;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One event on its way to one target: the matched event and what the target receives of it. */
public record Delivery(Rule rule, Target target, ObjectNode event, String payload) {
}
