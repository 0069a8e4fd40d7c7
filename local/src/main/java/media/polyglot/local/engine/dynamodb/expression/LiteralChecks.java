package media.polyglot.local.engine.dynamodb.expression;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import media.polyglot.local.engine.dynamodb.ValidationException;
import media.polyglot.local.engine.dynamodb.value.AttributeType;
import media.polyglot.local.engine.dynamodb.value.AttributeValue;
import media.polyglot.local.engine.dynamodb.value.AttributeValueJson;
import media.polyglot.local.engine.dynamodb.value.StringValue;
import media.polyglot.local.engine.dynamodb.value.ValueOrder;

/**
 * The checks DynamoDB makes on a condition's values before it reads any item: a known type name
 * in {@code attribute_type}, a string or binary prefix in {@code begins_with}, a scalar on either
 * side of an ordering comparison, and BETWEEN bounds in order.
 */
public final class LiteralChecks {

    private static final String VALID_TYPES = Arrays.stream(AttributeType.values())
            .map(Enum::name).collect(Collectors.joining(", ", "{", "}"));

    private LiteralChecks() {
    }

    /** Runs the checks; placeholders must already be known to be defined. */
    public static void check(ParsedCondition parsed, ExpressionAttributes attributes) {
        new Walker(parsed.kind(), attributes).walk(parsed.condition());
    }

    private record Walker(String kind, ExpressionAttributes attributes) {

        void walk(Condition condition) {
            if (condition instanceof Condition.And and) {
                walk(and.left());
                walk(and.right());
            } else if (condition instanceof Condition.Or or) {
                walk(or.left());
                walk(or.right());
            } else if (condition instanceof Condition.Not not) {
                walk(not.operand());
            } else if (condition instanceof Condition.Comparison comparison) {
                if (comparison.comparator() != Comparator.EQ && comparison.comparator() != Comparator.NE) {
                    requireScalar(comparison.comparator().symbol(), comparison.left());
                    requireScalar(comparison.comparator().symbol(), comparison.right());
                }
            } else if (condition instanceof Condition.Between between) {
                checkBounds(between);
            } else if (condition instanceof Condition.FunctionCall call) {
                checkFunction(call);
            }
        }

        private void checkFunction(Condition.FunctionCall call) {
            if (call.function() == ConditionFunction.ATTRIBUTE_TYPE) {
                literal(call.arguments().get(0)).ifPresent(type -> {
                    boolean known = type instanceof StringValue name
                            && Arrays.stream(AttributeType.values()).anyMatch(t -> t.name().equals(name.value()));
                    if (!known) {
                        throw invalid("Invalid attribute type name found; type: " + display(type) + ", valid types: " + VALID_TYPES);
                    }
                });
            } else if (call.function() == ConditionFunction.BEGINS_WITH) {
                literal(call.arguments().get(0)).ifPresent(prefix -> {
                    if (prefix.type() != AttributeType.S && prefix.type() != AttributeType.B) {
                        throw incorrectOperandType(call.function().functionName(), prefix);
                    }
                });
            }
        }

        private void checkBounds(Condition.Between between) {
            Optional<AttributeValue> lower = literal(between.lower());
            Optional<AttributeValue> upper = literal(between.upper());
            if (lower.isEmpty() || upper.isEmpty()) {
                return;
            }
            OptionalInt order = ValueOrder.compare(lower.get(), upper.get());
            if (order.isPresent() && order.getAsInt() > 0) {
                throw invalid("The BETWEEN operator requires upper bound to be greater than or equal to lower bound; "
                        + "lower bound operand: AttributeValue: " + AttributeValueJson.write(lower.get())
                        + ", upper bound operand: AttributeValue: " + AttributeValueJson.write(upper.get()));
            }
        }

        private void requireScalar(String operator, Operand operand) {
            literal(operand).ifPresent(value -> {
                if (value.type() != AttributeType.S && value.type() != AttributeType.N && value.type() != AttributeType.B) {
                    throw incorrectOperandType(operator, value);
                }
            });
        }

        private Optional<AttributeValue> literal(Operand operand) {
            return operand instanceof Operand.Value value ? Optional.of(attributes.value(value.placeholder())) : Optional.empty();
        }

        private ValidationException incorrectOperandType(String operator, AttributeValue value) {
            return invalid("Incorrect operand type for operator or function; operator or function: "
                    + operator + ", operand type: " + value.type());
        }

        private ValidationException invalid(String reason) {
            return new ValidationException("Invalid " + kind + ": " + reason);
        }

        private static String display(AttributeValue value) {
            return value instanceof StringValue s ? s.value() : value.type().name();
        }
    }
}
