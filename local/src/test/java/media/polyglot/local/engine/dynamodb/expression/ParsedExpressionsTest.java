package media.polyglot.local.engine.dynamodb.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import media.polyglot.local.engine.dynamodb.ValidationException;
import org.junit.jupiter.api.Test;

class ParsedExpressionsTest {

    @Test
    void theSameTextOfTheSameKindIsParsedOnce() {
        ParsedCondition first = ParsedExpressions.condition("ConditionExpression", "attribute_not_exists(#k) AND :v > b");

        assertThat(ParsedExpressions.condition("ConditionExpression", "attribute_not_exists(#k) AND :v > b"))
                .isSameAs(first)
                .isEqualTo(ConditionParser.parse("ConditionExpression", "attribute_not_exists(#k) AND :v > b"));
        assertThat(ParsedExpressions.update("SET a = :a REMOVE b")).isSameAs(ParsedExpressions.update("SET a = :a REMOVE b"));
        assertThat(ParsedExpressions.projection("a, b.c[1]")).isSameAs(ParsedExpressions.projection("a, b.c[1]"));
    }

    @Test
    void theKindIsPartOfTheParseItNamesInErrors() {
        ParsedCondition filter = ParsedExpressions.condition("FilterExpression", "a = :a");

        assertThat(ParsedExpressions.condition("ConditionExpression", "a = :a").kind()).isEqualTo("ConditionExpression");
        assertThat(filter.kind()).isEqualTo("FilterExpression");
    }

    @Test
    void aTextThatFailsToParseFailsEveryTime() {
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> ParsedExpressions.condition("ConditionExpression", "a = "))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("ConditionExpression");
        }
    }
}
