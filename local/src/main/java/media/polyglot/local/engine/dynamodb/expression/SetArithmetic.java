package media.polyglot.local.engine.dynamodb.expression;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import media.polyglot.local.engine.dynamodb.value.AttributeValue;
import media.polyglot.local.engine.dynamodb.value.BinarySetValue;
import media.polyglot.local.engine.dynamodb.value.BinaryValue;
import media.polyglot.local.engine.dynamodb.value.NumberSetValue;
import media.polyglot.local.engine.dynamodb.value.NumberValue;
import media.polyglot.local.engine.dynamodb.value.StringSetValue;

/**
 * The ADD and DELETE actions on the value they target: ADD sums numbers and unites sets (and
 * creates the value when missing), DELETE takes members out of a set and removes the attribute
 * when none is left. Any other pairing of types is DynamoDB's "incorrect data type" error.
 */
final class SetArithmetic {

    private SetArithmetic() {
    }

    static AttributeValue add(Optional<AttributeValue> current, AttributeValue operand) {
        if (current.isEmpty()) {
            return operand;
        }
        AttributeValue value = current.get();
        if (value instanceof NumberValue n && operand instanceof NumberValue o) {
            return new NumberValue(n.decimal().add(o.decimal()).toPlainString());
        }
        if (value instanceof StringSetValue s && operand instanceof StringSetValue o) {
            return new StringSetValue(union(s.value(), o.value()));
        }
        if (value instanceof NumberSetValue s && operand instanceof NumberSetValue o) {
            return new NumberSetValue(union(s.value(), o.value()));
        }
        if (value instanceof BinarySetValue s && operand instanceof BinarySetValue o) {
            return new BinarySetValue(union(s.members(), o.members()));
        }
        throw UpdateValues.incorrectType();
    }

    static Optional<AttributeValue> delete(Optional<AttributeValue> current, AttributeValue operand) {
        if (current.isEmpty()) {
            return current;
        }
        AttributeValue value = current.get();
        if (value instanceof StringSetValue s && operand instanceof StringSetValue o) {
            List<String> left = difference(s.value(), o.value());
            return left.isEmpty() ? Optional.empty() : Optional.of(new StringSetValue(left));
        }
        if (value instanceof NumberSetValue s && operand instanceof NumberSetValue o) {
            List<String> left = difference(s.value(), o.value());
            return left.isEmpty() ? Optional.empty() : Optional.of(new NumberSetValue(left));
        }
        if (value instanceof BinarySetValue s && operand instanceof BinarySetValue o) {
            List<BinaryValue> left = difference(s.members(), o.members());
            return left.isEmpty() ? Optional.empty() : Optional.of(new BinarySetValue(left));
        }
        throw UpdateValues.incorrectType();
    }

    private static <T> List<T> union(List<T> left, List<T> right) {
        Set<T> members = new LinkedHashSet<>(left);
        members.addAll(right);
        return new ArrayList<>(members);
    }

    private static <T> List<T> difference(List<T> left, List<T> right) {
        List<T> members = new ArrayList<>(left);
        members.removeAll(Set.copyOf(right));
        return members;
    }
}
