package media.polyglot.local.engine.dynamodb.expression;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import media.polyglot.local.engine.dynamodb.value.AttributeValue;
import media.polyglot.local.engine.dynamodb.value.BinarySetValue;
import media.polyglot.local.engine.dynamodb.value.BinaryValue;
import media.polyglot.local.engine.dynamodb.value.Item;
import media.polyglot.local.engine.dynamodb.value.ListValue;
import media.polyglot.local.engine.dynamodb.value.MapValue;
import media.polyglot.local.engine.dynamodb.value.NumberSetValue;
import media.polyglot.local.engine.dynamodb.value.NumberValue;
import media.polyglot.local.engine.dynamodb.value.StringSetValue;
import media.polyglot.local.engine.dynamodb.value.StringValue;
import media.polyglot.local.engine.dynamodb.value.ValueOrder;

/**
 * Decides whether a condition holds for an item (an absent item is {@link Item#EMPTY}). Like
 * DynamoDB, a comparison with a missing attribute or with a value of another type is false,
 * except {@code <>}, which is true.
 */
public final class ConditionEvaluator {

    private final ExpressionAttributes attributes;

    public ConditionEvaluator(ExpressionAttributes attributes) {
        this.attributes = attributes;
    }

    public boolean test(Condition condition, Item item) {
        if (condition instanceof Condition.And and) {
            return test(and.left(), item) && test(and.right(), item);
        }
        if (condition instanceof Condition.Or or) {
            return test(or.left(), item) || test(or.right(), item);
        }
        if (condition instanceof Condition.Not not) {
            return !test(not.operand(), item);
        }
        if (condition instanceof Condition.Comparison comparison) {
            return compare(comparison, item);
        }
        if (condition instanceof Condition.Between between) {
            Optional<AttributeValue> value = resolve(between.value(), item);
            return holds(value, Comparator.GE, resolve(between.lower(), item))
                    && holds(value, Comparator.LE, resolve(between.upper(), item));
        }
        if (condition instanceof Condition.In in) {
            Optional<AttributeValue> value = resolve(in.value(), item);
            return value.isPresent() && in.candidates().stream().anyMatch(candidate -> value.equals(resolve(candidate, item)));
        }
        return call((Condition.FunctionCall) condition, item);
    }

    private boolean compare(Condition.Comparison comparison, Item item) {
        Optional<AttributeValue> left = resolve(comparison.left(), item);
        Optional<AttributeValue> right = resolve(comparison.right(), item);
        return switch (comparison.comparator()) {
            case EQ -> left.isPresent() && left.equals(right);
            case NE -> left.isEmpty() || !left.equals(right);
            default -> holds(left, comparison.comparator(), right);
        };
    }

    private static boolean holds(Optional<AttributeValue> left, Comparator comparator, Optional<AttributeValue> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return false;
        }
        OptionalInt sign = ValueOrder.compare(left.get(), right.get());
        return sign.isPresent() && comparator.holdsFor(sign.getAsInt());
    }

    private boolean call(Condition.FunctionCall call, Item item) {
        Optional<AttributeValue> target = PathResolver.resolve(call.path(), item, attributes);
        return switch (call.function()) {
            case ATTRIBUTE_EXISTS -> target.isPresent();
            case ATTRIBUTE_NOT_EXISTS -> target.isEmpty();
            case ATTRIBUTE_TYPE -> target.isPresent() && resolve(call.arguments().get(0), item)
                    .filter(type -> type instanceof StringValue name && name.value().equals(target.get().type().name()))
                    .isPresent();
            case BEGINS_WITH -> target.isPresent()
                    && resolve(call.arguments().get(0), item).filter(prefix -> beginsWith(target.get(), prefix)).isPresent();
            case CONTAINS -> target.isPresent()
                    && resolve(call.arguments().get(0), item).filter(member -> contains(target.get(), member)).isPresent();
        };
    }

    private Optional<AttributeValue> resolve(Operand operand, Item item) {
        if (operand instanceof Operand.Value value) {
            return Optional.of(attributes.value(value.placeholder()));
        }
        if (operand instanceof Operand.Size size) {
            return PathResolver.resolve(size.path(), item, attributes).flatMap(ConditionEvaluator::sizeOf);
        }
        return PathResolver.resolve(((Operand.Path) operand).path(), item, attributes);
    }

    static boolean beginsWith(AttributeValue value, AttributeValue prefix) {
        if (value instanceof StringValue s && prefix instanceof StringValue p) {
            return s.value().startsWith(p.value());
        }
        if (value instanceof BinaryValue b && prefix instanceof BinaryValue p) {
            byte[] bytes = b.value();
            byte[] start = p.value();
            return bytes.length >= start.length && Arrays.equals(bytes, 0, start.length, start, 0, start.length);
        }
        return false;
    }

    private static boolean contains(AttributeValue value, AttributeValue member) {
        if (value instanceof StringValue s && member instanceof StringValue m) {
            return s.value().contains(m.value());
        }
        if (value instanceof StringSetValue set && member instanceof StringValue m) {
            return set.value().contains(m.value());
        }
        if (value instanceof NumberSetValue set && member instanceof NumberValue m) {
            return set.value().contains(m.value());
        }
        if (value instanceof BinarySetValue set && member instanceof BinaryValue m) {
            return set.members().contains(m);
        }
        return value instanceof ListValue list && list.value().contains(member);
    }

    /** {@code size()}: string length in UTF-8 bytes, binary length, element count of sets, lists and maps. */
    private static Optional<AttributeValue> sizeOf(AttributeValue value) {
        int size;
        if (value instanceof StringValue s) {
            size = s.value().getBytes(StandardCharsets.UTF_8).length;
        } else if (value instanceof BinaryValue b) {
            size = b.length();
        } else if (value instanceof StringSetValue set) {
            size = set.value().size();
        } else if (value instanceof NumberSetValue set) {
            size = set.value().size();
        } else if (value instanceof BinarySetValue set) {
            size = set.members().size();
        } else if (value instanceof ListValue list) {
            size = list.value().size();
        } else if (value instanceof MapValue map) {
            size = map.value().size();
        } else {
            return Optional.empty();
        }
        return Optional.of(AttributeValue.n(size));
    }
}
