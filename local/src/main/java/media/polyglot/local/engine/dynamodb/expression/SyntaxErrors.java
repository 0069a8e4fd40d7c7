package media.polyglot.local.engine.dynamodb.expression;

import java.util.List;
import media.polyglot.local.engine.dynamodb.ValidationException;

/**
 * Builds the ValidationExceptions DynamoDB answers for a bad expression, all prefixed with the
 * parameter at fault, as in {@code Invalid ConditionExpression: Syntax error; token: "=", near: "a = = :v"}.
 */
final class SyntaxErrors {

    private final String kind;
    private final String text;

    SyntaxErrors(String kind, String text) {
        this.kind = kind;
        this.text = text;
    }

    ValidationException invalid(String reason) {
        return new ValidationException("Invalid " + kind + ": " + reason);
    }

    /** A syntax error at a token, quoting it and the text from the token before it to the one after. */
    ValidationException syntaxError(List<Token> tokens, int index) {
        Token token = tokens.get(index);
        int from = tokens.get(Math.max(0, index - 1)).start();
        int to = tokens.get(Math.min(tokens.size() - 1, index + 1)).end();
        return syntaxError(token.text(), text.substring(from, to));
    }

    /** A syntax error at a character no token can start with. */
    ValidationException syntaxErrorAt(String character, int position) {
        int to = text.indexOf(' ', position);
        return syntaxError(character, text.substring(Math.max(0, text.lastIndexOf(' ', position - 1) + 1),
                to < 0 ? text.length() : to));
    }

    private ValidationException syntaxError(String token, String near) {
        return invalid("Syntax error; token: \"" + token + "\", near: \"" + near + "\"");
    }
}
