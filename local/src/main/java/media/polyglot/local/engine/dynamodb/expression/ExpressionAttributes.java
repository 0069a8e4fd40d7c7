package media.polyglot.local.engine.dynamodb.expression;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import media.polyglot.local.engine.dynamodb.ValidationException;
import media.polyglot.local.engine.dynamodb.value.AttributeValue;

/**
 * A request's ExpressionAttributeNames ({@code #name} to attribute name) and
 * ExpressionAttributeValues ({@code :value} to value), shared by all of the request's expressions.
 */
public record ExpressionAttributes(Map<String, String> names, Map<String, AttributeValue> values) {

    public static final ExpressionAttributes NONE = new ExpressionAttributes(Map.of(), Map.of());

    public ExpressionAttributes {
        names = Map.copyOf(names);
        values = Map.copyOf(values);
    }

    /**
     * Checks the placeholders against the request's expressions as DynamoDB does: each one an
     * expression uses must be defined, and each one defined must be used by some expression.
     */
    public void verifyUsedExactlyBy(Collection<? extends ParsedExpression> expressions) {
        if (expressions.isEmpty()) {
            rejectWithoutExpressions("ExpressionAttributeNames", names);
            rejectWithoutExpressions("ExpressionAttributeValues", values);
        }
        Set<String> usedNames = new TreeSet<>();
        Set<String> usedValues = new TreeSet<>();
        for (ParsedExpression expression : expressions) {
            for (String name : new TreeSet<>(expression.nameReferences())) {
                if (!names.containsKey(name)) {
                    throw new ValidationException("Invalid " + expression.kind()
                            + ": An expression attribute name used in the document path is not defined; attribute name: " + name);
                }
            }
            for (String value : new TreeSet<>(expression.valueReferences())) {
                if (!values.containsKey(value)) {
                    throw new ValidationException("Invalid " + expression.kind()
                            + ": An expression attribute value used in expression is not defined; attribute value: " + value);
                }
            }
            usedNames.addAll(expression.nameReferences());
            usedValues.addAll(expression.valueReferences());
        }
        rejectUnused("ExpressionAttributeNames", names.keySet(), usedNames);
        rejectUnused("ExpressionAttributeValues", values.keySet(), usedValues);
    }

    /** The attribute name a path token stands for: itself, or the name its placeholder maps to. */
    public String name(AttributePath.Field field) {
        return field.isPlaceholder() ? names.get(field.token()) : field.token();
    }

    public AttributeValue value(String placeholder) {
        return values.get(placeholder);
    }

    private static void rejectWithoutExpressions(String parameter, Map<String, ?> defined) {
        if (!defined.isEmpty()) {
            throw new ValidationException(parameter + " can only be specified when using expressions; given: "
                    + new TreeSet<>(defined.keySet()));
        }
    }

    private static void rejectUnused(String parameter, Set<String> defined, Set<String> used) {
        Set<String> unused = new TreeSet<>(defined);
        unused.removeAll(used);
        if (!unused.isEmpty()) {
            throw new ValidationException(
                    "Value provided in " + parameter + " unused in expressions: keys: {" + String.join(", ", unused) + "}");
        }
    }
}
