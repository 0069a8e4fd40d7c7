package media.polyglot.local.engine.dynamodb.expression;

import java.util.ArrayList;
import java.util.List;

/** Splits an expression into tokens; a character no token can start with is a syntax error. */
final class Tokenizer {

    private final SyntaxErrors errors;
    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int position;

    private Tokenizer(SyntaxErrors errors, String text) {
        this.errors = errors;
        this.text = text;
    }

    static List<Token> tokenize(SyntaxErrors errors, String text) {
        Tokenizer tokenizer = new Tokenizer(errors, text);
        tokenizer.run();
        return List.copyOf(tokenizer.tokens);
    }

    private void run() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (Character.isWhitespace(c)) {
                position++;
            } else if (c == '#' || c == ':') {
                placeholder(c == '#' ? TokenType.NAME_PLACEHOLDER : TokenType.VALUE_PLACEHOLDER);
            } else if (isWordChar(c)) {
                word(Character.isDigit(c) ? TokenType.NUMBER : TokenType.IDENTIFIER);
            } else {
                symbol(c);
            }
        }
        tokens.add(new Token(TokenType.END, Token.END_TEXT, text.length()));
    }

    private void placeholder(TokenType type) {
        int start = position++;
        while (position < text.length() && isWordChar(text.charAt(position))) {
            position++;
        }
        if (position == start + 1) {
            throw errors.syntaxErrorAt(text.substring(start, start + 1), start);
        }
        tokens.add(new Token(type, text.substring(start, position), start));
    }

    private void word(TokenType type) {
        int start = position;
        while (position < text.length() && (type == TokenType.NUMBER
                ? Character.isDigit(text.charAt(position)) : isWordChar(text.charAt(position)))) {
            position++;
        }
        tokens.add(new Token(type, text.substring(start, position), start));
    }

    private void symbol(char c) {
        int start = position;
        char next = position + 1 < text.length() ? text.charAt(position + 1) : '\0';
        TokenType type;
        int length = 1;
        switch (c) {
            case '(' -> type = TokenType.LEFT_PAREN;
            case ')' -> type = TokenType.RIGHT_PAREN;
            case '[' -> type = TokenType.LEFT_BRACKET;
            case ']' -> type = TokenType.RIGHT_BRACKET;
            case ',' -> type = TokenType.COMMA;
            case '.' -> type = TokenType.DOT;
            case '=' -> type = TokenType.EQ;
            case '+' -> type = TokenType.PLUS;
            case '-' -> type = TokenType.MINUS;
            case '<' -> {
                type = next == '=' ? TokenType.LE : next == '>' ? TokenType.NE : TokenType.LT;
                length = type == TokenType.LT ? 1 : 2;
            }
            case '>' -> {
                type = next == '=' ? TokenType.GE : TokenType.GT;
                length = type == TokenType.GE ? 2 : 1;
            }
            default -> throw errors.syntaxErrorAt(String.valueOf(c), start);
        }
        position += length;
        tokens.add(new Token(type, text.substring(start, position), start));
    }

    private static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
