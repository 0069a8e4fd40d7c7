package media.polyglot.local.engine.dynamodb;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import media.polyglot.local.engine.dynamodb.expression.AttributePath;
import media.polyglot.local.engine.dynamodb.expression.Condition;
import media.polyglot.local.engine.dynamodb.expression.ExpressionAttributes;
import media.polyglot.local.engine.dynamodb.expression.Operand;
import media.polyglot.local.engine.dynamodb.expression.ParsedCondition;

/**
 * A Query's FilterExpression may not name the queried key's attributes: those belong in the
 * KeyConditionExpression ("Filter expressions for Query" in the Developer Guide; DynamoDB answers
 * a ValidationException).
 */
final class FilterOnKeys {

    private FilterOnKeys() {
    }

    /** @param filter null when the Query has no filter */
    static void reject(ParsedCondition filter, PrimaryKey queried, ExpressionAttributes attributes) {
        if (filter == null) {
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        collect(filter.condition(), attributes, names);
        for (String name : names) {
            if (queried.isKeyAttribute(name)) {
                throw new ValidationException("Filter Expression can only contain non-primary key attributes: "
                        + "Primary key attribute: " + name);
            }
        }
    }

    private static void collect(Condition condition, ExpressionAttributes attributes, Set<String> names) {
        if (condition instanceof Condition.Comparison comparison) {
            operands(List.of(comparison.left(), comparison.right()), attributes, names);
        } else if (condition instanceof Condition.Between between) {
            operands(List.of(between.value(), between.lower(), between.upper()), attributes, names);
        } else if (condition instanceof Condition.In in) {
            operands(List.of(in.value()), attributes, names);
            operands(in.candidates(), attributes, names);
        } else if (condition instanceof Condition.FunctionCall call) {
            names.add(topLevel(call.path(), attributes));
            operands(call.arguments(), attributes, names);
        } else if (condition instanceof Condition.And and) {
            collect(and.left(), attributes, names);
            collect(and.right(), attributes, names);
        } else if (condition instanceof Condition.Or or) {
            collect(or.left(), attributes, names);
            collect(or.right(), attributes, names);
        } else if (condition instanceof Condition.Not not) {
            collect(not.operand(), attributes, names);
        }
    }

    private static void operands(List<Operand> operands, ExpressionAttributes attributes, Set<String> names) {
        for (Operand operand : operands) {
            if (operand instanceof Operand.Path path) {
                names.add(topLevel(path.path(), attributes));
            } else if (operand instanceof Operand.Size size) {
                names.add(topLevel(size.path(), attributes));
            }
        }
    }

    private static String topLevel(AttributePath path, ExpressionAttributes attributes) {
        return attributes.name((AttributePath.Field) path.elements().get(0));
    }
}
