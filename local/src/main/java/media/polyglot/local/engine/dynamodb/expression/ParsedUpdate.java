package media.polyglot.local.engine.dynamodb.expression;

import java.util.List;
import java.util.Set;

/** An update expression, parsed: its actions in the order written, clause by clause. */
public record ParsedUpdate(List<UpdateAction> actions, Set<String> nameReferences, Set<String> valueReferences)
        implements ParsedExpression {

    public static final String KIND = "UpdateExpression";

    public ParsedUpdate {
        actions = List.copyOf(actions);
        nameReferences = Set.copyOf(nameReferences);
        valueReferences = Set.copyOf(valueReferences);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
