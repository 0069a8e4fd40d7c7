package media.polyglot.local.engine.dynamodb.expression;

import static media.polyglot.local.engine.dynamodb.value.AttributeValue.b;
import static media.polyglot.local.engine.dynamodb.value.AttributeValue.l;
import static media.polyglot.local.engine.dynamodb.value.AttributeValue.m;
import static media.polyglot.local.engine.dynamodb.value.AttributeValue.n;
import static media.polyglot.local.engine.dynamodb.value.AttributeValue.ns;
import static media.polyglot.local.engine.dynamodb.value.AttributeValue.s;
import static media.polyglot.local.engine.dynamodb.value.AttributeValue.ss;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.dynamodb.value.AttributeValue;
import media.polyglot.local.engine.dynamodb.value.Item;
import org.junit.jupiter.api.Test;

/** How conditions evaluate, after the examples of AWS's "Condition and filter expressions" reference. */
class ConditionEvaluatorTest {

    private static final Item PRODUCT = new Item(Map.of(
            "Id", n("456"),
            "Title", s("Book 456 Title"),
            "Price", n("20"),
            "Color", ss(List.of("Red", "Black")),
            "Ratings", ns(List.of("4", "5")),
            "Pictures", m(Map.of("FrontView", s("http://example.com/front.jpg"))),
            "Reviews", l(List.of(s("great"), s("fine"))),
            "Thumbnail", b(new byte[] {1, 2, 3}),
            "Nickname", s("né")));

    private static final Map<String, AttributeValue> VALUES = Map.ofEntries(
            Map.entry(":twenty", n("20")), Map.entry(":ten", n("10")), Map.entry(":thirty", n("30")),
            Map.entry(":textTwenty", s("20")), Map.entry(":red", s("Red")), Map.entry(":book", s("Book")),
            Map.entry(":front", s("http://")), Map.entry(":fine", s("fine")), Map.entry(":five", n("5")),
            Map.entry(":typeSS", s("SS")), Map.entry(":typeN", s("N")), Map.entry(":three", n("3")),
            Map.entry(":two", n("2")), Map.entry(":prefix", b(new byte[] {1, 2})));

    @Test
    void comparisonsHoldOnlyBetweenValuesOfTheSameType() {
        assertThat(holds("Price = :twenty")).isTrue();
        assertThat(holds("Price = :textTwenty")).isFalse();
        assertThat(holds("Price < :textTwenty")).isFalse();
        assertThat(holds("Price > :ten AND Price <= :twenty")).isTrue();
    }

    @Test
    void comparisonWithAMissingAttributeIsFalseExceptNotEqual() {
        assertThat(holds("Absent = :twenty")).isFalse();
        assertThat(holds("Absent < :twenty")).isFalse();
        assertThat(holds("Absent <> :twenty")).isTrue();
    }

    @Test
    void betweenIncludesBothBounds() {
        assertThat(holds("Price BETWEEN :ten AND :twenty")).isTrue();
        assertThat(holds("Price BETWEEN :twenty AND :thirty")).isTrue();
        assertThat(holds("Price BETWEEN :ten AND :five")).isFalse();
    }

    @Test
    void inMatchesAnyCandidate() {
        assertThat(holds("Price IN (:ten, :twenty)")).isTrue();
        assertThat(holds("Price IN (:ten, :thirty)")).isFalse();
    }

    @Test
    void attributeExistsAndNotExistsLookAtPresenceOnly() {
        assertThat(holds("attribute_exists(Pictures.FrontView)")).isTrue();
        assertThat(holds("attribute_not_exists(Pictures.SideView)")).isTrue();
        assertThat(holds("attribute_exists(Reviews[5])")).isFalse();
    }

    @Test
    void attributeTypeComparesTheDataTypeDescriptor() {
        assertThat(holds("attribute_type(Color, :typeSS)")).isTrue();
        assertThat(holds("attribute_type(Price, :typeSS)")).isFalse();
        assertThat(holds("attribute_type(Price, :typeN)")).isTrue();
    }

    @Test
    void beginsWithWorksOnStringsAndBinaries() {
        assertThat(holds("begins_with(Title, :book)")).isTrue();
        assertThat(holds("begins_with(Pictures.FrontView, :front)")).isTrue();
        assertThat(holds("begins_with(Thumbnail, :prefix)")).isTrue();
        assertThat(holds("begins_with(Price, :book)")).isFalse();
    }

    @Test
    void containsFindsSubstringsSetMembersAndListElements() {
        assertThat(holds("contains(Color, :red)")).isTrue();
        assertThat(holds("contains(Ratings, :five)")).isTrue();
        assertThat(holds("contains(Reviews, :fine)")).isTrue();
        assertThat(holds("contains(Title, :book)")).isTrue();
        assertThat(holds("contains(Title, :red)")).isFalse();
    }

    @Test
    void sizeCountsUtf8BytesOfStringsAndElementsOfCollections() {
        assertThat(holds("size(Nickname) = :three")).isTrue();
        assertThat(holds("size(Color) = :two AND size(Reviews) = :two AND size(Thumbnail) = :three")).isTrue();
        assertThat(holds("size(Price) = :two")).isFalse();
    }

    @Test
    void notOrAndCombineAsInBooleanLogic() {
        assertThat(holds("NOT Price = :ten")).isTrue();
        assertThat(holds("Price = :ten OR contains(Color, :red)")).isTrue();
        assertThat(holds("NOT (Price = :twenty AND contains(Color, :red))")).isFalse();
    }

    @Test
    void absentItemSatisfiesOnlyConditionsOnAbsence() {
        ConditionEvaluator evaluator = new ConditionEvaluator(new ExpressionAttributes(Map.of(), VALUES));

        assertThat(evaluator.test(parse("attribute_not_exists(Id)"), Item.EMPTY)).isTrue();
        assertThat(evaluator.test(parse("Price = :twenty"), Item.EMPTY)).isFalse();
    }

    private static boolean holds(String expression) {
        return new ConditionEvaluator(new ExpressionAttributes(Map.of(), VALUES)).test(parse(expression), PRODUCT);
    }

    private static Condition parse(String expression) {
        return ConditionParser.parse("ConditionExpression", expression).condition();
    }
}
