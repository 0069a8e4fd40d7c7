package media.polyglot.local.engine.dynamodb.expression;

import java.util.Objects;
import java.util.Set;

/** A condition or key condition expression, parsed. */
public record ParsedCondition(String kind, Condition condition, Set<String> nameReferences, Set<String> valueReferences)
        implements ParsedExpression {

    public ParsedCondition {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(condition, "condition");
        nameReferences = Set.copyOf(nameReferences);
        valueReferences = Set.copyOf(valueReferences);
    }
}
