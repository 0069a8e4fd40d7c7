package media.polyglot.local.engine.dynamodb.expression;

import static media.polyglot.local.engine.dynamodb.value.AttributeValue.l;
import static media.polyglot.local.engine.dynamodb.value.AttributeValue.m;
import static media.polyglot.local.engine.dynamodb.value.AttributeValue.n;
import static media.polyglot.local.engine.dynamodb.value.AttributeValue.ns;
import static media.polyglot.local.engine.dynamodb.value.AttributeValue.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.dynamodb.ValidationException;
import media.polyglot.local.engine.dynamodb.value.AttributeValue;
import media.polyglot.local.engine.dynamodb.value.Item;
import org.junit.jupiter.api.Test;

/** Update expressions parsed and applied without a table, with the rules of the Developer Guide's "Update expressions". */
class UpdateExpressionTest {

    private static final Item ITEM = new Item(Map.of(
            "Id", n("1"),
            "Price", n("10"),
            "Tags", l(List.of(s("a"), s("b"), s("c"))),
            "Info", m(Map.of("Rating", n("4"))),
            "Sizes", ns(List.of("1", "2"))));

    private static Item apply(String expression, Map<String, AttributeValue> values) {
        ExpressionAttributes attributes = new ExpressionAttributes(Map.of(), values);
        return PreparedUpdate.prepare(UpdateParser.parse(expression), attributes).apply(ITEM);
    }

    @Test
    void clausesComeInAnyOrderAndActionsAreCommaSeparated() {
        ParsedUpdate parsed = UpdateParser.parse("remove Info.Rating set Price = :p, Name2 = :n add Count2 :c");

        assertThat(parsed.actions()).hasSize(4);
        assertThat(parsed.valueReferences()).containsExactlyInAnyOrder(":p", ":n", ":c");
    }

    @Test
    void aClauseMayAppearOnlyOnce() {
        assertThatThrownBy(() -> UpdateParser.parse("SET a = :a SET b = :b"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid UpdateExpression: The \"SET\" section can only be used once in an update expression;");
    }

    @Test
    void conditionFunctionsAreNotUpdateFunctions() {
        assertThatThrownBy(() -> UpdateParser.parse("SET a = size(b)"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid UpdateExpression: The function is not allowed in an update expression; function: size");
    }

    @Test
    void valuesAreComputedFromTheItemBeforeTheUpdate() {
        Item updated = apply("SET Price = :p, Previous = Price", Map.of(":p", n("99")));

        assertThat(updated.get("Price")).contains(n("99"));
        assertThat(updated.get("Previous")).contains(n("10"));
    }

    @Test
    void listPositionsAreRemovedFromTheHighestDown() {
        Item updated = apply("REMOVE Tags[0], Tags[2]", Map.of());

        assertThat(updated.get("Tags")).contains(l(List.of(s("b"))));
    }

    @Test
    void settingANestedPathUnderAMissingMapIsRefused() {
        assertThatThrownBy(() -> apply("SET Missing2.Deep = :v", Map.of(":v", n("1"))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The document path provided in the update expression is invalid for update");
    }

    @Test
    void addOfAStringIsRefusedBeforeAnyItemIsRead() {
        assertThatThrownBy(() -> apply("ADD Price :v", Map.of(":v", s("1"))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD, "
                        + "operand type: STRING, typeSet: ALLOWED_FOR_ADD_OPERAND");
    }

    @Test
    void addOfASetToANumberIsAnIncorrectDataType() {
        assertThatThrownBy(() -> apply("ADD Price :v", Map.of(":v", ns(List.of("1")))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("An operand in the update expression has an incorrect data type");
    }

    @Test
    void deleteRemovesNumberSetMembersByValue() {
        assertThat(apply("DELETE Sizes :v", Map.of(":v", ns(List.of("2.0")))).get("Sizes")).contains(ns(List.of("1")));
    }

    @Test
    void pathsThatReadAStepAsKeyAndPositionConflict() {
        assertThatThrownBy(() -> apply("SET Tags.x = :v, Tags[0] = :v", Map.of(":v", n("1"))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid UpdateExpression: Two document paths conflict with each other; must remove or rewrite "
                        + "one of these paths; path one: [Tags, x], path two: [Tags, [0]]");
    }

    @Test
    void siblingListPositionsDoNotOverlap() {
        Item updated = apply("SET Tags[0] = :x, Tags[1] = :y", Map.of(":x", s("x"), ":y", s("y")));

        assertThat(updated.get("Tags")).contains(l(List.of(s("x"), s("y"), s("c"))));
    }

    @Test
    void arithmeticKeepsThirtyEightDigits() {
        Item updated = apply("SET Price = Price + :tiny", Map.of(":tiny", n("0.000000000000000000000000000000000001")));

        assertThat(updated.get("Price")).contains(n("10.000000000000000000000000000000000001"));
    }
}
