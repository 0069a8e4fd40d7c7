package media.polyglot.local.engine.dynamodb.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import media.polyglot.local.engine.dynamodb.ValidationException;
import media.polyglot.local.engine.dynamodb.value.AttributeValue;
import media.polyglot.local.engine.dynamodb.value.Item;
import media.polyglot.local.engine.dynamodb.value.ListValue;
import media.polyglot.local.engine.dynamodb.value.NumberValue;

/** Computes the values of SET actions from the item as it was before the update. */
final class UpdateValues {

    private final ExpressionAttributes attributes;

    UpdateValues(ExpressionAttributes attributes) {
        this.attributes = attributes;
    }

    AttributeValue value(String placeholder) {
        return attributes.value(placeholder);
    }

    AttributeValue evaluate(UpdateValue value, Item old) {
        if (value instanceof UpdateValue.Ref ref) {
            if (ref.operand() instanceof Operand.Value placeholder) {
                return attributes.value(placeholder.placeholder());
            }
            return PathResolver.resolve(((Operand.Path) ref.operand()).path(), old, attributes)
                    .orElseThrow(() -> new ValidationException(
                            "The provided expression refers to an attribute that does not exist in the item"));
        }
        if (value instanceof UpdateValue.IfNotExists ifNotExists) {
            Optional<AttributeValue> existing = PathResolver.resolve(ifNotExists.path(), old, attributes);
            return existing.isPresent() ? existing.get() : evaluate(ifNotExists.fallback(), old);
        }
        if (value instanceof UpdateValue.ListAppend append) {
            List<AttributeValue> elements = new ArrayList<>(list(evaluate(append.first(), old)).value());
            elements.addAll(list(evaluate(append.second(), old)).value());
            return new ListValue(elements);
        }
        UpdateValue.Arithmetic arithmetic = (UpdateValue.Arithmetic) value;
        NumberValue left = number(evaluate(arithmetic.left(), old));
        NumberValue right = number(evaluate(arithmetic.right(), old));
        return new NumberValue((arithmetic.plus() ? left.decimal().add(right.decimal())
                : left.decimal().subtract(right.decimal())).toPlainString());
    }

    private static NumberValue number(AttributeValue value) {
        if (value instanceof NumberValue number) {
            return number;
        }
        throw incorrectType();
    }

    private static ListValue list(AttributeValue value) {
        if (value instanceof ListValue list) {
            return list;
        }
        throw incorrectType();
    }

    static ValidationException incorrectType() {
        return new ValidationException("An operand in the update expression has an incorrect data type");
    }
}
