package media.polyglot.local.engine.dynamodb.expression;

import java.util.Set;

/**
 * An expression of a request after parsing, with the placeholders it refers to, so that the
 * request's ExpressionAttributeNames and ExpressionAttributeValues can be checked against all of
 * its expressions together.
 */
public interface ParsedExpression {

    /** The request parameter the expression came from, such as {@code ConditionExpression}. */
    String kind();

    Set<String> nameReferences();

    Set<String> valueReferences();
}
