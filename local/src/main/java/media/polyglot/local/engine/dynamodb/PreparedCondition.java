package media.polyglot.local.engine.dynamodb;

import media.polyglot.local.engine.dynamodb.expression.ConditionEvaluator;
import media.polyglot.local.engine.dynamodb.expression.ExpressionAttributes;
import media.polyglot.local.engine.dynamodb.expression.ParsedCondition;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * A request's ConditionExpression or FilterExpression, already checked against its placeholders
 * (see {@link RequestExpressions}); without an expression, it always holds.
 */
final class PreparedCondition {

    private final ParsedCondition parsed;
    private final ConditionEvaluator evaluator;

    /** @param parsed null when the request has no such expression */
    PreparedCondition(ParsedCondition parsed, ExpressionAttributes attributes) {
        this.parsed = parsed;
        this.evaluator = new ConditionEvaluator(attributes);
    }

    /** A write's condition alone, with the placeholders checked against it. */
    static PreparedCondition prepare(String expression, ExpressionAttributes attributes) {
        return RequestExpressions.prepare(RequestExpressions.Texts.condition(expression), attributes).condition();
    }

    /** The parsed expression, or null when the request has none. */
    ParsedCondition parsed() {
        return parsed;
    }

    /** Whether the condition holds for the item as it is now ({@code null} when there is none). */
    boolean holdsFor(Item current) {
        return parsed == null || evaluator.test(parsed.condition(), current == null ? Item.EMPTY : current);
    }
}
