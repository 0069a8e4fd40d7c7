package media.polyglot.local.engine.dynamodb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import media.polyglot.local.engine.dynamodb.expression.AttributePath;
import media.polyglot.local.engine.dynamodb.expression.Comparator;
import media.polyglot.local.engine.dynamodb.expression.Condition;
import media.polyglot.local.engine.dynamodb.expression.ConditionFunction;
import media.polyglot.local.engine.dynamodb.expression.ExpressionAttributes;
import media.polyglot.local.engine.dynamodb.expression.Operand;
import media.polyglot.local.engine.dynamodb.sqlite.KeyCodec;
import media.polyglot.local.engine.dynamodb.sqlite.SortKeyRange;
import media.polyglot.local.engine.dynamodb.value.AttributeValue;

/**
 * Reads a parsed KeyConditionExpression (on a table's key or an index's) as DynamoDB allows it: {@code pk = :v}, optionally AND one
 * of {@code =, <, <=, >, >=, BETWEEN, begins_with} on the sort key, turned into the partition to
 * read and the range of encoded sort keys.
 */
final class KeyConditions {

    /** The partition a query reads and the sort keys it reads in it. */
    record KeyQuery(AttributeValue partitionValue, SortKeyRange sortKeyRange) {
    }

    private static final String KIND = "KeyConditionExpression";

    private final PrimaryKey definition;
    private final ExpressionAttributes attributes;
    private AttributeValue partitionValue;
    private SortKeyRange sortKeyRange;

    private KeyConditions(PrimaryKey definition, ExpressionAttributes attributes) {
        this.definition = definition;
        this.attributes = attributes;
    }

    static KeyQuery analyze(Condition condition, PrimaryKey definition, ExpressionAttributes attributes) {
        KeyConditions conditions = new KeyConditions(definition, attributes);
        List<Condition> parts = new ArrayList<>();
        conditions.flatten(condition, parts);
        parts.forEach(conditions::apply);
        if (conditions.partitionValue == null) {
            throw new ValidationException("Query condition missed key schema element: " + definition.partitionKey().name());
        }
        return new KeyQuery(conditions.partitionValue,
                conditions.sortKeyRange == null ? SortKeyRange.ALL : conditions.sortKeyRange);
    }

    private void flatten(Condition condition, List<Condition> parts) {
        if (condition instanceof Condition.And and) {
            flatten(and.left(), parts);
            flatten(and.right(), parts);
        } else if (condition instanceof Condition.Or) {
            throw new ValidationException("Invalid operator used in KeyConditionExpression: OR");
        } else if (condition instanceof Condition.Not) {
            throw new ValidationException("Invalid operator used in KeyConditionExpression: NOT");
        } else if (condition instanceof Condition.In) {
            throw new ValidationException("Invalid operator used in KeyConditionExpression: IN");
        } else {
            parts.add(condition);
        }
    }

    private void apply(Condition part) {
        if (part instanceof Condition.Comparison comparison) {
            KeyAttribute key = keyAttribute(comparison.left());
            AttributeValue value = value(key, comparison.right());
            if (key == definition.partitionKey()) {
                if (comparison.comparator() != Comparator.EQ) {
                    throw new ValidationException("Query key condition not supported: the partition key "
                            + key.name() + " takes only =, not " + comparison.comparator().symbol());
                }
                partitionValue = value;
            } else {
                sortKeyRange = rangeOf(comparison.comparator(), KeyCodec.encode(value));
            }
        } else if (part instanceof Condition.Between between) {
            KeyAttribute key = sortKey(keyAttribute(between.value()), "BETWEEN");
            sortKeyRange = new SortKeyRange(
                    new SortKeyRange.Bound(KeyCodec.encode(value(key, between.lower())), true),
                    new SortKeyRange.Bound(KeyCodec.encode(value(key, between.upper())), true));
        } else {
            Condition.FunctionCall call = (Condition.FunctionCall) part;
            if (call.function() != ConditionFunction.BEGINS_WITH) {
                throw new ValidationException("Invalid operator used in KeyConditionExpression: " + call.function().functionName());
            }
            KeyAttribute key = sortKey(keyAttribute(new Operand.Path(call.path())), "begins_with");
            if (key.type() == ScalarAttributeType.N) {
                throw new ValidationException("Invalid KeyConditionExpression: Incorrect operand type for operator or function; "
                        + "operator or function: begins_with, operand type: N");
            }
            sortKeyRange = prefixRange(KeyCodec.encode(value(key, call.arguments().get(0))));
        }
    }

    private KeyAttribute keyAttribute(Operand operand) {
        if (!(operand instanceof Operand.Path path) || !path.path().isTopLevel()) {
            throw new ValidationException("Invalid KeyConditionExpression: a key condition compares a key attribute "
                    + "(a top-level name on the left) with a value, not " + operand);
        }
        String name = attributes.name((AttributePath.Field) path.path().elements().get(0));
        if (name.equals(definition.partitionKey().name())) {
            if (partitionValue != null) {
                throw new ValidationException("KeyConditionExpressions must only contain one condition per key: " + name);
            }
            return definition.partitionKey();
        }
        if (definition.sortKey() != null && name.equals(definition.sortKey().name())) {
            if (sortKeyRange != null) {
                throw new ValidationException("KeyConditionExpressions must only contain one condition per key: " + name);
            }
            return definition.sortKey();
        }
        throw new ValidationException("Query condition missed key schema element: " + name
                + " is not a key attribute of " + definition.owner());
    }

    private KeyAttribute sortKey(KeyAttribute key, String operator) {
        if (key == definition.partitionKey()) {
            throw new ValidationException("Query key condition not supported: the partition key " + key.name()
                    + " takes only =, not " + operator);
        }
        return key;
    }

    private AttributeValue value(KeyAttribute key, Operand operand) {
        if (!(operand instanceof Operand.Value value)) {
            throw new ValidationException("Invalid " + KIND + ": the key " + key.name() + " must be compared with a :value");
        }
        AttributeValue resolved = attributes.value(value.placeholder());
        if (resolved.type() != key.type().attributeType()) {
            throw new ValidationException("One or more parameter values were invalid: Condition parameter type does not "
                    + "match schema type: " + key.name() + " is " + key.type() + " but " + value.placeholder() + " is "
                    + resolved.type());
        }
        return resolved;
    }

    private static SortKeyRange rangeOf(Comparator comparator, byte[] key) {
        return switch (comparator) {
            case EQ -> SortKeyRange.exactly(key);
            case LT -> new SortKeyRange(null, new SortKeyRange.Bound(key, false));
            case LE -> new SortKeyRange(null, new SortKeyRange.Bound(key, true));
            case GT -> new SortKeyRange(new SortKeyRange.Bound(key, false), null);
            case GE -> new SortKeyRange(new SortKeyRange.Bound(key, true), null);
            case NE -> throw new ValidationException("Unsupported operator in KeyConditionExpression: <>");
        };
    }

    /** Keys starting with {@code prefix}: from the prefix up to, not including, the next prefix of the same length. */
    private static SortKeyRange prefixRange(byte[] prefix) {
        SortKeyRange.Bound lower = new SortKeyRange.Bound(prefix, true);
        for (int i = prefix.length - 1; i >= 0; i--) {
            if ((prefix[i] & 0xFF) != 0xFF) {
                byte[] next = Arrays.copyOf(prefix, i + 1);
                next[i]++;
                return new SortKeyRange(lower, new SortKeyRange.Bound(next, false));
            }
        }
        return new SortKeyRange(lower, null);
    }
}
