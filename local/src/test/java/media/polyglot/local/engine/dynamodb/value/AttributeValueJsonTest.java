package media.polyglot.local.engine.dynamodb.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.dynamodb.ValidationException;
import org.junit.jupiter.api.Test;

class AttributeValueJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void everyDataTypeRoundTripsThroughDynamoDbJson() throws Exception {
        String json = """
                {"s":{"S":"text"},"n":{"N":"-12.5"},"b":{"B":"AQID"},"bool":{"BOOL":true},"null":{"NULL":true},\
                "m":{"M":{"inner":{"S":"x"}}},"l":{"L":[{"N":"1"},{"S":"two"}]},"ss":{"SS":["a","b"]},\
                "ns":{"NS":["1","2.5"]},"bs":{"BS":["AQ==","Ag=="]}}""";

        Item item = AttributeValueJson.readItem(MAPPER.readTree(json));

        assertThat(AttributeValueJson.itemToText(item)).isEqualTo(json);
        assertThat(item.get("b")).contains(AttributeValue.b(new byte[] {1, 2, 3}));
        assertThat(item.get("m")).contains(AttributeValue.m(Map.of("inner", AttributeValue.s("x"))));
    }

    @Test
    void storedTextReadsBackAsTheSameItemWithEveryDataTypeAndEscapes() throws Exception {
        String json = """
                {"s":{"S":"quote \\" backslash \\\\ newline \\n é 😀"},"n":{"N":"-12.5"},"b":{"B":"AQID"},\
                "bool":{"BOOL":false},"null":{"NULL":true},"m":{"M":{"inner":{"L":[{"M":{}},{"L":[]}]}}},\
                "ss":{"SS":["a","b"]},"ns":{"NS":["1","2.5"]},"bs":{"BS":["AQ==","Ag=="]}}""";
        Item item = AttributeValueJson.readItem(MAPPER.readTree(json));

        String stored = AttributeValueJson.itemToText(item);

        assertThat(stored).isEqualTo(MAPPER.readTree(json).toString());
        assertThat(AttributeValueJson.itemFromText(stored)).isEqualTo(item);
        assertThat(AttributeValueJson.itemFromText(stored).get("s")).contains(AttributeValue.s("quote \" backslash \\ newline \n é 😀"));
    }

    @Test
    void storedTextOfAnotherShapeIsAnErrorNamingTheText() {
        assertThatThrownBy(() -> AttributeValueJson.itemFromText("{\"a\":{\"X\":\"1\"}}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Stored item is not valid DynamoDB JSON: {\"a\":{\"X\":\"1\"}}");
        assertThatThrownBy(() -> AttributeValueJson.itemFromText("{\"a\":\"1\"}"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void plainIntegersAreKeptAsSentAndOthersMadeCanonical() {
        assertThat(((NumberValue) AttributeValue.n("123456789012345678")).value()).isEqualTo("123456789012345678");
        assertThat(((NumberValue) AttributeValue.n("-42")).value()).isEqualTo("-42");
        assertThat(((NumberValue) AttributeValue.n("0")).value()).isEqualTo("0");
        assertThat(((NumberValue) AttributeValue.n("007")).value()).isEqualTo("7");
        assertThat(((NumberValue) AttributeValue.n("-0")).value()).isEqualTo("0");
        assertThat(((NumberValue) AttributeValue.n("+5")).value()).isEqualTo("5");
        assertThat(((NumberValue) AttributeValue.n("1234567890123456789012")).value()).isEqualTo("1234567890123456789012");
        assertThatThrownBy(() -> AttributeValue.n("-")).isInstanceOf(ValidationException.class);
    }

    @Test
    void numbersReadBackInDynamoDbsCanonicalForm() {
        assertThat(AttributeValue.n("1.50")).isEqualTo(new NumberValue("1.5"));
        assertThat(((NumberValue) AttributeValue.n("1E+2")).value()).isEqualTo("100");
        assertThat(((NumberValue) AttributeValue.n("-0.0")).value()).isEqualTo("0");
        assertThat(((NumberValue) AttributeValue.n("0.000120")).value()).isEqualTo("0.00012");
    }

    @Test
    void numberWithMoreThan38SignificantDigitsIsRejected() {
        assertThatThrownBy(() -> AttributeValue.n("1234567890123456789012345678901234567891"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Attempting to store more than 38 significant digits in a Number: "
                        + "1234567890123456789012345678901234567891");
    }

    @Test
    void textThatIsNoNumberIsRejected() {
        assertThatThrownBy(() -> AttributeValue.n("12abc"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("A value provided cannot be converted into a number: \"12abc\"");
    }

    @Test
    void setsAreEqualWhateverTheOrderOfTheirMembers() {
        assertThat(AttributeValue.ss(List.of("a", "b"))).isEqualTo(AttributeValue.ss(List.of("b", "a")));
        assertThat(AttributeValue.ns(List.of("1", "2.0"))).isEqualTo(AttributeValue.ns(List.of("2", "1")));
        assertThat(AttributeValue.bs(List.of(new byte[] {1}, new byte[] {2})))
                .isEqualTo(AttributeValue.bs(List.of(new byte[] {2}, new byte[] {1})));
    }

    @Test
    void setWithTheSameMemberTwiceIsRejected() {
        assertThatThrownBy(() -> AttributeValue.ns(List.of("1", "1.0")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: Input collection [1, 1] contains duplicates.");
    }

    @Test
    void emptySetIsRejected() {
        assertThatThrownBy(() -> AttributeValue.ss(List.of()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: A string set (SS) may not be empty");
    }

    @Test
    void attributeValueWithTwoDataTypesIsRejected() throws Exception {
        assertThatThrownBy(() -> AttributeValueJson.read(MAPPER.readTree("{\"S\":\"a\",\"N\":\"1\"}")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Supplied AttributeValue has more than one datatypes set, "
                        + "must contain exactly one of the supported datatypes");
    }

    @Test
    void nullOtherThanTrueIsRejected() throws Exception {
        assertThatThrownBy(() -> AttributeValueJson.read(MAPPER.readTree("{\"NULL\":false}")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: Null attribute value types must have the value of true");
    }
}
