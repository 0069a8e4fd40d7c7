package media.polyglot.local.engine.dynamodb.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import media.polyglot.local.engine.dynamodb.ValidationException;
import media.polyglot.local.engine.dynamodb.expression.AttributePath.Field;
import media.polyglot.local.engine.dynamodb.expression.AttributePath.Index;
import media.polyglot.local.engine.dynamodb.expression.Condition.And;
import media.polyglot.local.engine.dynamodb.expression.Condition.Between;
import media.polyglot.local.engine.dynamodb.expression.Condition.Comparison;
import media.polyglot.local.engine.dynamodb.expression.Condition.FunctionCall;
import media.polyglot.local.engine.dynamodb.expression.Condition.In;
import media.polyglot.local.engine.dynamodb.expression.Condition.Not;
import media.polyglot.local.engine.dynamodb.expression.Condition.Or;
import org.junit.jupiter.api.Test;

/** The grammar and precedence of AWS's "Condition and filter expressions" reference. */
class ConditionParserTest {

    private static final Comparison A = equal("a", ":a");
    private static final Comparison B = equal("b", ":b");
    private static final Comparison C = equal("c", ":c");

    @Test
    void orBindsLooserThanAnd() {
        assertThat(parse("a = :a OR b = :b AND c = :c")).isEqualTo(new Or(A, new And(B, C)));
    }

    @Test
    void notBindsTighterThanAnd() {
        assertThat(parse("NOT a = :a AND b = :b")).isEqualTo(new And(new Not(A), B));
    }

    @Test
    void parenthesesOverridePrecedence() {
        assertThat(parse("(a = :a OR b = :b) AND c = :c")).isEqualTo(new And(new Or(A, B), C));
    }

    @Test
    void keywordsAreCaseInsensitive() {
        assertThat(parse("not a = :a and b = :b or c = :c")).isEqualTo(new Or(new And(new Not(A), B), C));
    }

    @Test
    void betweenInAndFunctionsParse() {
        assertThat(parse("a BETWEEN :lo AND :hi")).isEqualTo(new Between(path("a"), value(":lo"), value(":hi")));
        assertThat(parse("a IN (:x, :y)")).isEqualTo(new In(path("a"), List.of(value(":x"), value(":y"))));
        assertThat(parse("begins_with(#n, :p)")).isEqualTo(
                new FunctionCall(ConditionFunction.BEGINS_WITH, topLevel("#n"), List.of(value(":p"))));
        assertThat(parse("size(a) > :n")).isEqualTo(
                new Comparison(Comparator.GT, new Operand.Size(topLevel("a")), value(":n")));
    }

    @Test
    void documentPathsReachIntoMapsAndLists() {
        assertThat(parse("attribute_exists(a.b[2].#c)")).isEqualTo(new FunctionCall(ConditionFunction.ATTRIBUTE_EXISTS,
                new AttributePath(List.of(new Field("a"), new Field("b"), new Index(2), new Field("#c"))), List.of()));
    }

    @Test
    void placeholdersUsedAreCollected() {
        ParsedCondition parsed = ConditionParser.parse("ConditionExpression", "#a = :v OR attribute_not_exists(#b)");

        assertThat(parsed.nameReferences()).containsExactlyInAnyOrder("#a", "#b");
        assertThat(parsed.valueReferences()).containsExactly(":v");
    }

    @Test
    void syntaxErrorNamesTheOffendingTokenAndWhatIsNearIt() {
        assertThatThrownBy(() -> parse("a = = :v"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid ConditionExpression: Syntax error; token: \"=\", near: \"= = :v\"");
    }

    @Test
    void expressionEndingTooSoonNamesTheEnd() {
        assertThatThrownBy(() -> parse("a = :v AND"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"AND\"");
    }

    @Test
    void characterNoTokenStartsWithIsASyntaxError() {
        assertThatThrownBy(() -> parse("a = $v"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid ConditionExpression: Syntax error; token: \"$\", near: \"$v\"");
    }

    @Test
    void unknownFunctionIsRejectedByName() {
        assertThatThrownBy(() -> parse("attribute_exist(a)"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid ConditionExpression: Invalid function name; function: attribute_exist");
    }

    @Test
    void conditionFunctionCannotBeComparedAndSizeCannotStandAlone() {
        assertThatThrownBy(() -> parse("attribute_exists(a) = :v"))
                .hasMessage("Invalid ConditionExpression: The function is not allowed to be used this way in an "
                        + "expression; function: attribute_exists");
        assertThatThrownBy(() -> parse("size(a)"))
                .hasMessage("Invalid ConditionExpression: The function is not allowed to be used this way in an "
                        + "expression; function: size");
    }

    @Test
    void functionWithTheWrongNumberOfOperandsIsRejected() {
        assertThatThrownBy(() -> parse("begins_with(a)"))
                .hasMessage("Invalid ConditionExpression: Incorrect number of operands for operator or function; "
                        + "operator or function: begins_with, number of operands: 1");
    }

    @Test
    void functionOfAValueInsteadOfAPathIsRejected() {
        assertThatThrownBy(() -> parse("attribute_exists(:v)"))
                .hasMessage("Invalid ConditionExpression: Operator or function requires a document path; "
                        + "operator or function: attribute_exists");
    }

    @Test
    void emptyExpressionIsRejected() {
        assertThatThrownBy(() -> parse("  "))
                .hasMessage("Invalid ConditionExpression: The expression can not be empty;");
    }

    private static Condition parse(String expression) {
        return ConditionParser.parse("ConditionExpression", expression).condition();
    }

    private static Comparison equal(String attribute, String placeholder) {
        return new Comparison(Comparator.EQ, path(attribute), value(placeholder));
    }

    private static AttributePath topLevel(String token) {
        return new AttributePath(List.of(new Field(token)));
    }

    private static Operand path(String token) {
        return new Operand.Path(topLevel(token));
    }

    private static Operand value(String placeholder) {
        return new Operand.Value(placeholder);
    }
}
