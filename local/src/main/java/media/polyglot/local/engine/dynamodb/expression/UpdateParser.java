package media.polyglot.local.engine.dynamodb.expression;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A recursive-descent parser for update expressions, after "Update expressions" in the Developer Guide.
 * <pre>
 * update   := clause+                       each of SET, REMOVE, ADD, DELETE at most once, in any order
 * clause   := SET set (',' set)* | REMOVE path (',' path)* | ADD path ':value' (',' ...)* | DELETE path ':value' (',' ...)*
 * set      := path '=' value
 * value    := operand ( ('+' | '-') operand )?
 * operand  := path | ':value' | if_not_exists '(' path ',' value ')' | list_append '(' value ',' value ')'
 * </pre>
 */
public final class UpdateParser {

    private enum Clause { SET, REMOVE, ADD, DELETE }

    private final TokenCursor cursor;
    private final Set<Clause> seen = EnumSet.noneOf(Clause.class);
    private final List<UpdateAction> actions = new ArrayList<>();

    private UpdateParser(TokenCursor cursor) {
        this.cursor = cursor;
    }

    public static ParsedUpdate parse(String text) {
        TokenCursor cursor = TokenCursor.of(ParsedUpdate.KIND, text);
        UpdateParser parser = new UpdateParser(cursor);
        do {
            parser.clause();
        } while (cursor.peek().type() != TokenType.END);
        return new ParsedUpdate(parser.actions, cursor.names(), cursor.values());
    }

    private void clause() {
        Token keyword = cursor.peek();
        Clause clause = keyword.type() == TokenType.IDENTIFIER ? clauseNamed(keyword.text()) : null;
        if (clause == null) {
            throw cursor.syntaxError();
        }
        cursor.next();
        if (!seen.add(clause)) {
            throw cursor.invalid("The \"" + clause + "\" section can only be used once in an update expression;");
        }
        do {
            actions.add(action(clause));
        } while (cursor.accept(TokenType.COMMA));
    }

    private UpdateAction action(Clause clause) {
        AttributePath path = cursor.path();
        return switch (clause) {
            case SET -> {
                cursor.expect(TokenType.EQ);
                yield new UpdateAction.SetAction(path, value());
            }
            case REMOVE -> new UpdateAction.RemoveAction(path);
            case ADD -> new UpdateAction.AddAction(path, cursor.valuePlaceholder());
            case DELETE -> new UpdateAction.DeleteAction(path, cursor.valuePlaceholder());
        };
    }

    private UpdateValue value() {
        UpdateValue left = operand();
        if (cursor.accept(TokenType.PLUS)) {
            return new UpdateValue.Arithmetic(left, true, operand());
        }
        if (cursor.accept(TokenType.MINUS)) {
            return new UpdateValue.Arithmetic(left, false, operand());
        }
        return left;
    }

    private UpdateValue operand() {
        if (cursor.peek().type() == TokenType.VALUE_PLACEHOLDER) {
            return new UpdateValue.Ref(new Operand.Value(cursor.valuePlaceholder()));
        }
        if (!cursor.atFunctionCall()) {
            return new UpdateValue.Ref(new Operand.Path(cursor.path()));
        }
        String name = cursor.next().text();
        cursor.expect(TokenType.LEFT_PAREN);
        UpdateValue function;
        if (name.equals("if_not_exists")) {
            AttributePath path = cursor.path();
            cursor.expect(TokenType.COMMA);
            function = new UpdateValue.IfNotExists(path, value());
        } else if (name.equals("list_append")) {
            UpdateValue first = value();
            cursor.expect(TokenType.COMMA);
            function = new UpdateValue.ListAppend(first, value());
        } else if (ConditionFunction.named(name).isPresent() || name.equals("size")) {
            throw cursor.invalid("The function is not allowed in an update expression; function: " + name);
        } else {
            throw cursor.invalid("Invalid function name; function: " + name);
        }
        cursor.expect(TokenType.RIGHT_PAREN);
        return function;
    }

    private static Clause clauseNamed(String word) {
        try {
            return Clause.valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
