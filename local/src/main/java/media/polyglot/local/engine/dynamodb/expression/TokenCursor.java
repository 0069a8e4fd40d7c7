package media.polyglot.local.engine.dynamodb.expression;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import media.polyglot.local.engine.dynamodb.ValidationException;

/**
 * The tokens of one expression and the position in them, shared by the condition, update and
 * projection parsers: it reads document paths and placeholders, and remembers every {@code #name}
 * and {@code :value} it met so the request's ExpressionAttributeNames and Values can be checked.
 */
final class TokenCursor {

    private final SyntaxErrors errors;
    private final List<Token> tokens;
    private final Set<String> names = new LinkedHashSet<>();
    private final Set<String> values = new LinkedHashSet<>();
    private int index;

    private TokenCursor(SyntaxErrors errors, List<Token> tokens) {
        this.errors = errors;
        this.tokens = tokens;
    }

    /** The tokens of {@code text}, given as request parameter {@code kind}; an empty expression is refused. */
    static TokenCursor of(String kind, String text) {
        SyntaxErrors errors = new SyntaxErrors(kind, text);
        if (text.isBlank()) {
            throw errors.invalid("The expression can not be empty;");
        }
        return new TokenCursor(errors, Tokenizer.tokenize(errors, text));
    }

    SyntaxErrors errors() {
        return errors;
    }

    Set<String> names() {
        return names;
    }

    Set<String> values() {
        return values;
    }

    Token peek() {
        return tokens.get(index);
    }

    Token peekAfter() {
        return tokens.get(Math.min(index + 1, tokens.size() - 1));
    }

    Token next() {
        return tokens.get(index++);
    }

    /** Consumes the next token if it has this type. */
    boolean accept(TokenType type) {
        if (peek().type() == type) {
            index++;
            return true;
        }
        return false;
    }

    /** Consumes the next token if it is this keyword, in any case. */
    boolean acceptKeyword(String keyword) {
        if (peek().isKeyword(keyword)) {
            index++;
            return true;
        }
        return false;
    }

    Token expect(TokenType type) {
        if (peek().type() != type) {
            throw syntaxError();
        }
        return next();
    }

    void expectEnd() {
        expect(TokenType.END);
    }

    /** A syntax error at the next token. */
    ValidationException syntaxError() {
        return errors.syntaxError(tokens, index);
    }

    ValidationException invalid(String reason) {
        return errors.invalid(reason);
    }

    /** Whether the next tokens are {@code name (}. */
    boolean atFunctionCall() {
        return peek().type() == TokenType.IDENTIFIER && peekAfter().type() == TokenType.LEFT_PAREN;
    }

    /** A {@code :value} placeholder. */
    String valuePlaceholder() {
        Token token = expect(TokenType.VALUE_PLACEHOLDER);
        values.add(token.text());
        return token.text();
    }

    /** {@code name ( '.' name | '[' digits ']' )*}, where a name is an identifier or a {@code #name}. */
    AttributePath path() {
        List<AttributePath.Element> elements = new ArrayList<>();
        elements.add(field());
        while (true) {
            if (accept(TokenType.DOT)) {
                elements.add(field());
            } else if (accept(TokenType.LEFT_BRACKET)) {
                Token position = expect(TokenType.NUMBER);
                expect(TokenType.RIGHT_BRACKET);
                elements.add(new AttributePath.Index(listIndex(position)));
            } else {
                return new AttributePath(elements);
            }
        }
    }

    private int listIndex(Token position) {
        try {
            return Integer.parseInt(position.text());
        } catch (NumberFormatException e) {
            throw errors.invalid("List index is too large; index: " + position.text());
        }
    }

    private AttributePath.Field field() {
        Token token = peek();
        if (token.type() == TokenType.NAME_PLACEHOLDER) {
            names.add(token.text());
        } else if (token.type() != TokenType.IDENTIFIER || token.isAnyKeyword()) {
            throw syntaxError();
        } else if (ReservedWords.isReserved(token.text())) {
            throw errors.invalid("Attribute name is a reserved keyword; reserved keyword: " + token.text());
        }
        index++;
        return new AttributePath.Field(token.text());
    }
}
