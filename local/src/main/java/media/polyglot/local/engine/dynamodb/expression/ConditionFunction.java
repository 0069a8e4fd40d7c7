package media.polyglot.local.engine.dynamodb.expression;

import java.util.Arrays;
import java.util.Optional;

/**
 * The functions that are conditions by themselves; {@code size} is an operand instead. Names are
 * case-sensitive, as in DynamoDB.
 */
public enum ConditionFunction {
    ATTRIBUTE_EXISTS("attribute_exists", 1),
    ATTRIBUTE_NOT_EXISTS("attribute_not_exists", 1),
    ATTRIBUTE_TYPE("attribute_type", 2),
    BEGINS_WITH("begins_with", 2),
    CONTAINS("contains", 2);

    private final String functionName;
    private final int arity;

    ConditionFunction(String functionName, int arity) {
        this.functionName = functionName;
        this.arity = arity;
    }

    public String functionName() {
        return functionName;
    }

    int arity() {
        return arity;
    }

    static Optional<ConditionFunction> named(String name) {
        return Arrays.stream(values()).filter(function -> function.functionName.equals(name)).findFirst();
    }
}
