package media.polyglot.local.engine.dynamodb;

import java.util.List;
import media.polyglot.local.engine.dynamodb.expression.ConditionEvaluator;
import media.polyglot.local.engine.dynamodb.expression.ConditionParser;
import media.polyglot.local.engine.dynamodb.expression.ExpressionAttributes;
import media.polyglot.local.engine.dynamodb.expression.LiteralChecks;
import media.polyglot.local.engine.dynamodb.expression.ParsedCondition;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * A write's ConditionExpression, parsed and checked against its placeholders before any item is
 * read; without an expression, it always holds.
 */
final class PreparedCondition {

    private static final String KIND = "ConditionExpression";

    private final ParsedCondition parsed;
    private final ConditionEvaluator evaluator;

    private PreparedCondition(ParsedCondition parsed, ExpressionAttributes attributes) {
        this.parsed = parsed;
        this.evaluator = new ConditionEvaluator(attributes);
    }

    /** @param expression null when the write has no condition */
    static PreparedCondition prepare(String expression, ExpressionAttributes attributes) {
        if (expression == null) {
            attributes.verifyUsedExactlyBy(List.of());
            return new PreparedCondition(null, attributes);
        }
        ParsedCondition parsed = ConditionParser.parse(KIND, expression);
        attributes.verifyUsedExactlyBy(List.of(parsed));
        LiteralChecks.check(parsed, attributes);
        return new PreparedCondition(parsed, attributes);
    }

    /** Whether the write may go ahead, given the item as it is now ({@code null} when there is none). */
    boolean holdsFor(Item current) {
        return parsed == null || evaluator.test(parsed.condition(), current == null ? Item.EMPTY : current);
    }
}
