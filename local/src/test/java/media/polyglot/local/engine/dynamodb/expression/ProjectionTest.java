package media.polyglot.local.engine.dynamodb.expression;

import static media.polyglot.local.engine.dynamodb.value.AttributeValue.l;
import static media.polyglot.local.engine.dynamodb.value.AttributeValue.m;
import static media.polyglot.local.engine.dynamodb.value.AttributeValue.n;
import static media.polyglot.local.engine.dynamodb.value.AttributeValue.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.dynamodb.ValidationException;
import media.polyglot.local.engine.dynamodb.value.Item;
import org.junit.jupiter.api.Test;

/** Projection expressions, from the Developer Guide's "Using projection expressions in DynamoDB". */
class ProjectionTest {

    private static final Item PRODUCT = new Item(Map.of(
            "Id", n("123"),
            "Title", s("Bicycle 123"),
            "RelatedItems", l(List.of(n("341"), n("472"), n("649"))),
            "ProductReviews", m(Map.of("FiveStar", l(List.of(s("Excellent!"))), "OneStar", l(List.of(s("Terrible")))))));

    private static Item project(String expression, Map<String, String> names) {
        ExpressionAttributes attributes = new ExpressionAttributes(names, Map.of());
        return Projector.project(PRODUCT, ProjectionParser.parse(expression).resolve(attributes));
    }

    @Test
    void listPositionsAndMapKeysKeepOnlyWhatWasAskedFor() {
        assertThat(project("Title, RelatedItems[2], RelatedItems[0], ProductReviews.FiveStar", Map.of())).isEqualTo(new Item(Map.of(
                "Title", s("Bicycle 123"),
                "RelatedItems", l(List.of(n("341"), n("649"))),
                "ProductReviews", m(Map.of("FiveStar", l(List.of(s("Excellent!"))))))));
    }

    @Test
    void pathsThatLeadNowhereContributeNothing() {
        assertThat(project("Title.Nested, RelatedItems[9], Absent", Map.of())).isEqualTo(Item.EMPTY);
    }

    @Test
    void placeholdersNameAttributesWithDots() {
        assertThat(project("#t", Map.of("#t", "Title"))).isEqualTo(Item.of("Title", s("Bicycle 123")));
    }

    @Test
    void overlappingPathsAreRefused() {
        assertThatThrownBy(() -> project("ProductReviews, ProductReviews.FiveStar", Map.of()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid ProjectionExpression: Two document paths overlap with each other; must remove or "
                        + "rewrite one of these paths; path one: [ProductReviews], path two: [ProductReviews, FiveStar]");
    }
}
