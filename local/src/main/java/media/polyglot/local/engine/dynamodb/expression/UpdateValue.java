package media.polyglot.local.engine.dynamodb.expression;

/**
 * The right-hand side of a SET action, as "Update expressions" in the Developer Guide defines it:
 * an operand, two operands added or subtracted, or the functions {@code if_not_exists} and
 * {@code list_append}.
 */
public sealed interface UpdateValue {

    /** A document path of the item as it was before the update, or a {@code :value}. */
    record Ref(Operand operand) implements UpdateValue {
    }

    /** {@code left + right} or {@code left - right}, on numbers. */
    record Arithmetic(UpdateValue left, boolean plus, UpdateValue right) implements UpdateValue {
    }

    /** {@code if_not_exists(path, fallback)}: the value at the path, or the fallback when there is none. */
    record IfNotExists(AttributePath path, UpdateValue fallback) implements UpdateValue {
    }

    /** {@code list_append(first, second)}: the elements of both lists, first's before second's. */
    record ListAppend(UpdateValue first, UpdateValue second) implements UpdateValue {
    }
}
