package media.polyglot.local.engine.dynamodb.expression;

import java.util.List;

/** One token of an expression, with where it starts, so errors can point at it. */
record Token(TokenType type, String text, int start) {

    /** How DynamoDB's syntax errors name the end of the expression. */
    static final String END_TEXT = "<EOF>";

    private static final List<String> KEYWORDS = List.of("AND", "OR", "NOT", "BETWEEN", "IN");

    /** Keywords (AND, OR, NOT, BETWEEN, IN) are identifiers matched regardless of case. */
    boolean isKeyword(String keyword) {
        return type == TokenType.IDENTIFIER && text.equalsIgnoreCase(keyword);
    }

    /** Whether this is one of the keywords, which can never name an attribute. */
    boolean isAnyKeyword() {
        return KEYWORDS.stream().anyMatch(this::isKeyword);
    }

    boolean isComparator() {
        return switch (type) {
            case EQ, NE, LT, LE, GT, GE -> true;
            default -> false;
        };
    }

    int end() {
        return type == TokenType.END ? start : start + text.length();
    }
}
