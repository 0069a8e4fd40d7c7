package media.polyglot.local.engine.dynamodb.expression;

/** The kinds of token in DynamoDB's expression languages. */
enum TokenType {
    IDENTIFIER, NAME_PLACEHOLDER, VALUE_PLACEHOLDER, NUMBER,
    LEFT_PAREN, RIGHT_PAREN, LEFT_BRACKET, RIGHT_BRACKET, COMMA, DOT,
    EQ, NE, LT, LE, GT, GE, PLUS, MINUS,
    END
}
