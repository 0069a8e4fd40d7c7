package media.polyglot.local.engine.dynamodb.expression;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A recursive-descent parser for condition expressions. Precedence, lowest first: OR, AND, NOT,
 * then parentheses, functions, BETWEEN, IN and comparators, as AWS's "Precedence in conditions" lists.
 * <pre>
 * or        := and ( OR and )*
 * and       := not ( AND not )*
 * not       := NOT not | primary
 * primary   := '(' or ')' | function '(' path (',' operand)* ')' | operand tail
 * tail      := comparator operand | BETWEEN operand AND operand | IN '(' operand (',' operand)* ')'
 * operand   := ':value' | size '(' path ')' | path
 * path      := name ( '.' name | '[' digits ']' )*      where name is an identifier or '#name'
 * </pre>
 */
public final class ConditionParser {

    private static final String SIZE = "size";

    private final SyntaxErrors errors;
    private final List<Token> tokens;
    private final Set<String> names = new LinkedHashSet<>();
    private final Set<String> values = new LinkedHashSet<>();
    private int index;

    private ConditionParser(SyntaxErrors errors, List<Token> tokens) {
        this.errors = errors;
        this.tokens = tokens;
    }

    /**
     * Parses {@code text}, given as request parameter {@code kind}; a syntax error is a
     * ValidationException naming the offending token.
     */
    public static ParsedCondition parse(String kind, String text) {
        SyntaxErrors errors = new SyntaxErrors(kind, text);
        if (text.isBlank()) {
            throw errors.invalid("The expression can not be empty;");
        }
        ConditionParser parser = new ConditionParser(errors, Tokenizer.tokenize(errors, text));
        Condition condition = parser.or();
        parser.expect(TokenType.END);
        return new ParsedCondition(kind, condition, parser.names, parser.values);
    }

    private Condition or() {
        Condition left = and();
        while (peek().isKeyword("OR")) {
            index++;
            left = new Condition.Or(left, and());
        }
        return left;
    }

    private Condition and() {
        Condition left = not();
        while (peek().isKeyword("AND")) {
            index++;
            left = new Condition.And(left, not());
        }
        return left;
    }

    private Condition not() {
        if (peek().isKeyword("NOT")) {
            index++;
            return new Condition.Not(not());
        }
        return primary();
    }

    private Condition primary() {
        if (peek().type() == TokenType.LEFT_PAREN) {
            index++;
            Condition inner = or();
            expect(TokenType.RIGHT_PAREN);
            return inner;
        }
        if (isFunctionCall() && !peek().text().equals(SIZE)) {
            return functionCall();
        }
        return tail(operand());
    }

    private Condition functionCall() {
        String name = next().text();
        ConditionFunction function = ConditionFunction.named(name)
                .orElseThrow(() -> errors.invalid("Invalid function name; function: " + name));
        List<Operand> arguments = arguments();
        requireOperandCount(name, arguments, function.arity());
        if (peek().isComparator() || peek().isKeyword("BETWEEN") || peek().isKeyword("IN")) {
            throw errors.invalid("The function is not allowed to be used this way in an expression; function: " + name);
        }
        return new Condition.FunctionCall(function, requirePath(name, arguments.get(0)), arguments.subList(1, arguments.size()));
    }

    private Condition tail(Operand left) {
        Token token = peek();
        if (token.isComparator()) {
            index++;
            return new Condition.Comparison(Comparator.of(token), left, operand());
        }
        if (token.isKeyword("BETWEEN")) {
            index++;
            Operand lower = operand();
            if (!peek().isKeyword("AND")) {
                throw errors.syntaxError(tokens, index);
            }
            index++;
            return new Condition.Between(left, lower, operand());
        }
        if (token.isKeyword("IN")) {
            index++;
            return new Condition.In(left, arguments());
        }
        if (left instanceof Operand.Size) {
            throw errors.invalid("The function is not allowed to be used this way in an expression; function: " + SIZE);
        }
        throw errors.syntaxError(tokens, index);
    }

    private List<Operand> arguments() {
        expect(TokenType.LEFT_PAREN);
        List<Operand> arguments = new ArrayList<>();
        arguments.add(operand());
        while (peek().type() == TokenType.COMMA) {
            index++;
            arguments.add(operand());
        }
        expect(TokenType.RIGHT_PAREN);
        return arguments;
    }

    private Operand operand() {
        Token token = peek();
        if (token.type() == TokenType.VALUE_PLACEHOLDER) {
            index++;
            values.add(token.text());
            return new Operand.Value(token.text());
        }
        if (isFunctionCall()) {
            String name = next().text();
            if (!name.equals(SIZE)) {
                throw ConditionFunction.named(name).isPresent()
                        ? errors.invalid("The function is not allowed to be used this way in an expression; function: " + name)
                        : errors.invalid("Invalid function name; function: " + name);
            }
            List<Operand> arguments = arguments();
            requireOperandCount(SIZE, arguments, 1);
            return new Operand.Size(requirePath(SIZE, arguments.get(0)));
        }
        return new Operand.Path(path());
    }

    private AttributePath path() {
        List<AttributePath.Element> elements = new ArrayList<>();
        elements.add(field());
        while (true) {
            if (peek().type() == TokenType.DOT) {
                index++;
                elements.add(field());
            } else if (peek().type() == TokenType.LEFT_BRACKET) {
                index++;
                Token position = expect(TokenType.NUMBER);
                expect(TokenType.RIGHT_BRACKET);
                elements.add(new AttributePath.Index(Integer.parseInt(position.text())));
            } else {
                return new AttributePath(elements);
            }
        }
    }

    private AttributePath.Field field() {
        Token token = peek();
        if (token.type() == TokenType.NAME_PLACEHOLDER) {
            names.add(token.text());
        } else if (token.type() != TokenType.IDENTIFIER || token.isAnyKeyword()) {
            throw errors.syntaxError(tokens, index);
        }
        index++;
        return new AttributePath.Field(token.text());
    }

    private void requireOperandCount(String function, List<Operand> arguments, int count) {
        if (arguments.size() != count) {
            throw errors.invalid("Incorrect number of operands for operator or function; operator or function: "
                    + function + ", number of operands: " + arguments.size());
        }
    }

    private AttributePath requirePath(String function, Operand operand) {
        if (operand instanceof Operand.Path path) {
            return path.path();
        }
        throw errors.invalid("Operator or function requires a document path; operator or function: " + function);
    }

    private boolean isFunctionCall() {
        return peek().type() == TokenType.IDENTIFIER && tokens.get(index + 1).type() == TokenType.LEFT_PAREN;
    }

    private Token expect(TokenType type) {
        if (peek().type() != type) {
            throw errors.syntaxError(tokens, index);
        }
        return next();
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token next() {
        return tokens.get(index++);
    }
}
