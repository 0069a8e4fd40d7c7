package media.polyglot.local.engine.dynamodb.expression;

import static media.polyglot.local.engine.dynamodb.value.AttributeValue.n;
import static media.polyglot.local.engine.dynamodb.value.AttributeValue.s;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.dynamodb.ValidationException;
import org.junit.jupiter.api.Test;

/** DynamoDB requires each placeholder an expression uses to be defined, and each one defined to be used. */
class ExpressionAttributesTest {

    private static final ParsedCondition CONDITION =
            ConditionParser.parse("ConditionExpression", "#s = :s AND attribute_exists(#v)");

    @Test
    void placeholdersDefinedAndUsedExactlyPass() {
        ExpressionAttributes attributes = new ExpressionAttributes(Map.of("#s", "state", "#v", "version"), Map.of(":s", s("x")));

        assertThatCode(() -> attributes.verifyUsedExactlyBy(List.of(CONDITION))).doesNotThrowAnyException();
    }

    @Test
    void undefinedValuePlaceholderIsRejectedByName() {
        ExpressionAttributes attributes = new ExpressionAttributes(Map.of("#s", "state", "#v", "version"), Map.of());

        assertThatThrownBy(() -> attributes.verifyUsedExactlyBy(List.of(CONDITION)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid ConditionExpression: An expression attribute value used in expression is not "
                        + "defined; attribute value: :s");
    }

    @Test
    void undefinedNamePlaceholderIsRejectedByName() {
        ExpressionAttributes attributes = new ExpressionAttributes(Map.of("#s", "state"), Map.of(":s", s("x")));

        assertThatThrownBy(() -> attributes.verifyUsedExactlyBy(List.of(CONDITION)))
                .hasMessage("Invalid ConditionExpression: An expression attribute name used in the document path is not "
                        + "defined; attribute name: #v");
    }

    @Test
    void unusedValueIsRejected() {
        ExpressionAttributes attributes = new ExpressionAttributes(Map.of("#s", "state", "#v", "version"),
                Map.of(":s", s("x"), ":extra", n("1")));

        assertThatThrownBy(() -> attributes.verifyUsedExactlyBy(List.of(CONDITION)))
                .hasMessage("Value provided in ExpressionAttributeValues unused in expressions: keys: {:extra}");
    }

    @Test
    void unusedNameIsRejected() {
        ExpressionAttributes attributes = new ExpressionAttributes(Map.of("#s", "state", "#v", "version", "#x", "x"),
                Map.of(":s", s("x")));

        assertThatThrownBy(() -> attributes.verifyUsedExactlyBy(List.of(CONDITION)))
                .hasMessage("Value provided in ExpressionAttributeNames unused in expressions: keys: {#x}");
    }

    @Test
    void placeholdersWithoutAnyExpressionAreRejected() {
        ExpressionAttributes attributes = new ExpressionAttributes(Map.of(), Map.of(":s", s("x")));

        assertThatThrownBy(() -> attributes.verifyUsedExactlyBy(List.of()))
                .hasMessage("ExpressionAttributeValues can only be specified when using expressions; given: [:s]");
    }

    @Test
    void unknownTypeNameInAttributeTypeIsRejected() {
        ParsedCondition parsed = ConditionParser.parse("ConditionExpression", "attribute_type(a, :t)");

        assertThatThrownBy(() -> LiteralChecks.check(parsed, new ExpressionAttributes(Map.of(), Map.of(":t", s("STRING")))))
                .hasMessage("Invalid ConditionExpression: Invalid attribute type name found; type: STRING, "
                        + "valid types: {S, N, B, BOOL, NULL, M, L, SS, NS, BS}");
    }

    @Test
    void betweenWithItsBoundsReversedIsRejected() {
        ParsedCondition parsed = ConditionParser.parse("ConditionExpression", "a BETWEEN :hi AND :lo");

        assertThatThrownBy(() -> LiteralChecks.check(parsed,
                new ExpressionAttributes(Map.of(), Map.of(":hi", n("5"), ":lo", n("1")))))
                .hasMessage("Invalid ConditionExpression: The BETWEEN operator requires upper bound to be greater than or "
                        + "equal to lower bound; lower bound operand: AttributeValue: {\"N\":\"5\"}, "
                        + "upper bound operand: AttributeValue: {\"N\":\"1\"}");
    }

    @Test
    void beginsWithANumberIsRejected() {
        ParsedCondition parsed = ConditionParser.parse("ConditionExpression", "begins_with(a, :p)");

        assertThatThrownBy(() -> LiteralChecks.check(parsed, new ExpressionAttributes(Map.of(), Map.of(":p", n("1")))))
                .hasMessage("Invalid ConditionExpression: Incorrect operand type for operator or function; "
                        + "operator or function: begins_with, operand type: N");
    }
}
