package media.polyglot.local.engine.dynamodb;

import java.util.ArrayList;
import java.util.List;
import media.polyglot.local.engine.dynamodb.expression.DocumentPath;
import media.polyglot.local.engine.dynamodb.expression.ExpressionAttributes;
import media.polyglot.local.engine.dynamodb.expression.LiteralChecks;
import media.polyglot.local.engine.dynamodb.expression.ParsedCondition;
import media.polyglot.local.engine.dynamodb.expression.ParsedExpression;
import media.polyglot.local.engine.dynamodb.expression.ParsedExpressions;
import media.polyglot.local.engine.dynamodb.expression.ParsedProjection;
import media.polyglot.local.engine.dynamodb.expression.ParsedUpdate;
import media.polyglot.local.engine.dynamodb.expression.PreparedUpdate;

/**
 * All the expressions of one request, checked together before any item is read, in DynamoDB's
 * order: each parses, then every placeholder used must be defined and every one defined used (by
 * some expression of the request), then the values are checked where their operators need a type.
 *
 * @param keyCondition null unless the request is a Query
 * @param update       null unless the request has an UpdateExpression
 * @param projection   null when the request returns whole items
 */
record RequestExpressions(PreparedCondition condition, PreparedCondition filter, ParsedCondition keyCondition,
                          PreparedUpdate update, List<DocumentPath> projection) {

    /** The texts of a request's expressions; null for those it does not have. */
    record Texts(String condition, String filter, String keyCondition, String update, String projection) {

        static Texts condition(String condition) {
            return new Texts(condition, null, null, null, null);
        }
    }

    static RequestExpressions prepare(Texts texts, ExpressionAttributes attributes) {
        List<ParsedExpression> parsed = new ArrayList<>();
        ParsedCondition condition = parseCondition("ConditionExpression", texts.condition(), parsed);
        ParsedCondition filter = parseCondition("FilterExpression", texts.filter(), parsed);
        ParsedCondition keyCondition = parseCondition("KeyConditionExpression", texts.keyCondition(), parsed);
        ParsedUpdate update = texts.update() == null ? null : add(ParsedExpressions.update(texts.update()), parsed);
        ParsedProjection projection = texts.projection() == null ? null : add(ParsedExpressions.projection(texts.projection()), parsed);
        attributes.verifyUsedExactlyBy(parsed);
        for (ParsedExpression expression : parsed) {
            if (expression instanceof ParsedCondition checked) {
                LiteralChecks.check(checked, attributes);
            }
        }
        return new RequestExpressions(new PreparedCondition(condition, attributes), new PreparedCondition(filter, attributes),
                keyCondition, update == null ? null : PreparedUpdate.prepare(update, attributes),
                projection == null ? null : projection.resolve(attributes));
    }

    private static ParsedCondition parseCondition(String kind, String text, List<ParsedExpression> parsed) {
        return text == null ? null : add(ParsedExpressions.condition(kind, text), parsed);
    }

    private static <T extends ParsedExpression> T add(T expression, List<ParsedExpression> parsed) {
        parsed.add(expression);
        return expression;
    }
}
