package media.polyglot.local.engine.dynamodb.expression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A recursive-descent parser for condition, filter and key condition expressions. Precedence,
 * lowest first: OR, AND, NOT, then parentheses, functions, BETWEEN, IN and comparators, as AWS's
 * "Precedence in conditions" lists.
 * <pre>
 * or        := and ( OR and )*
 * and       := not ( AND not )*
 * not       := NOT not | primary
 * primary   := '(' or ')' | function '(' path (',' operand)* ')' | operand tail
 * tail      := comparator operand | BETWEEN operand AND operand | IN '(' operand (',' operand)* ')'
 * operand   := ':value' | size '(' path ')' | path
 * </pre>
 * Parentheses directly around a parenthesized condition are refused as redundant, as DynamoDB does.
 */
public final class ConditionParser {

    private static final String SIZE = "size";

    private final TokenCursor cursor;
    private final Set<Condition> parenthesized = Collections.newSetFromMap(new IdentityHashMap<>());

    private ConditionParser(TokenCursor cursor) {
        this.cursor = cursor;
    }

    /**
     * Parses {@code text}, given as request parameter {@code kind}; a syntax error is a
     * ValidationException naming the offending token.
     */
    public static ParsedCondition parse(String kind, String text) {
        TokenCursor cursor = TokenCursor.of(kind, text);
        ConditionParser parser = new ConditionParser(cursor);
        Condition condition = parser.or();
        cursor.expectEnd();
        return new ParsedCondition(kind, condition, cursor.names(), cursor.values());
    }

    private Condition or() {
        Condition left = and();
        while (cursor.acceptKeyword("OR")) {
            left = new Condition.Or(left, and());
        }
        return left;
    }

    private Condition and() {
        Condition left = not();
        while (cursor.acceptKeyword("AND")) {
            left = new Condition.And(left, not());
        }
        return left;
    }

    private Condition not() {
        if (cursor.acceptKeyword("NOT")) {
            return new Condition.Not(not());
        }
        return primary();
    }

    private Condition primary() {
        if (cursor.accept(TokenType.LEFT_PAREN)) {
            Condition inner = or();
            cursor.expect(TokenType.RIGHT_PAREN);
            if (!parenthesized.add(inner)) {
                throw cursor.invalid("The expression has redundant parentheses;");
            }
            return inner;
        }
        if (cursor.atFunctionCall() && !cursor.peek().text().equals(SIZE)) {
            return functionCall();
        }
        return tail(operand());
    }

    private Condition functionCall() {
        String name = cursor.next().text();
        ConditionFunction function = ConditionFunction.named(name)
                .orElseThrow(() -> cursor.invalid("Invalid function name; function: " + name));
        List<Operand> arguments = arguments();
        requireOperandCount(name, arguments, function.arity());
        Token after = cursor.peek();
        if (after.isComparator() || after.isKeyword("BETWEEN") || after.isKeyword("IN")) {
            throw cursor.invalid("The function is not allowed to be used this way in an expression; function: " + name);
        }
        return new Condition.FunctionCall(function, requirePath(name, arguments.get(0)), arguments.subList(1, arguments.size()));
    }

    private Condition tail(Operand left) {
        Token token = cursor.peek();
        if (token.isComparator()) {
            cursor.next();
            return new Condition.Comparison(Comparator.of(token), left, operand());
        }
        if (cursor.acceptKeyword("BETWEEN")) {
            Operand lower = operand();
            if (!cursor.acceptKeyword("AND")) {
                throw cursor.syntaxError();
            }
            return new Condition.Between(left, lower, operand());
        }
        if (cursor.acceptKeyword("IN")) {
            return new Condition.In(left, arguments());
        }
        if (left instanceof Operand.Size) {
            throw cursor.invalid("The function is not allowed to be used this way in an expression; function: " + SIZE);
        }
        throw cursor.syntaxError();
    }

    private List<Operand> arguments() {
        cursor.expect(TokenType.LEFT_PAREN);
        List<Operand> arguments = new ArrayList<>();
        arguments.add(operand());
        while (cursor.accept(TokenType.COMMA)) {
            arguments.add(operand());
        }
        cursor.expect(TokenType.RIGHT_PAREN);
        return arguments;
    }

    private Operand operand() {
        if (cursor.peek().type() == TokenType.VALUE_PLACEHOLDER) {
            return new Operand.Value(cursor.valuePlaceholder());
        }
        if (cursor.atFunctionCall()) {
            String name = cursor.next().text();
            if (!name.equals(SIZE)) {
                throw ConditionFunction.named(name).isPresent()
                        ? cursor.invalid("The function is not allowed to be used this way in an expression; function: " + name)
                        : cursor.invalid("Invalid function name; function: " + name);
            }
            List<Operand> arguments = arguments();
            requireOperandCount(SIZE, arguments, 1);
            return new Operand.Size(requirePath(SIZE, arguments.get(0)));
        }
        return new Operand.Path(cursor.path());
    }

    private void requireOperandCount(String function, List<Operand> arguments, int count) {
        if (arguments.size() != count) {
            throw cursor.invalid("Incorrect number of operands for operator or function; operator or function: "
                    + function + ", number of operands: " + arguments.size());
        }
    }

    private AttributePath requirePath(String function, Operand operand) {
        if (operand instanceof Operand.Path path) {
            return path.path();
        }
        throw cursor.invalid("Operator or function requires a document path; operator or function: " + function);
    }
}
