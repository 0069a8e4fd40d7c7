package media.polyglot.local.engine.dynamodb.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueOrderTest {

    @Test
    void stringsOrderByTheirUtf8BytesNotByUtf16Units() {
        String lastOfBasicPlane = "\uFFFD";
        String emoji = "\uD83D\uDE00";

        assertThat(lastOfBasicPlane.compareTo(emoji)).isPositive();
        assertThat(ValueOrder.compare(AttributeValue.s(lastOfBasicPlane), AttributeValue.s(emoji))).hasValue(-1);
    }

    @Test
    void numbersOrderNumerically() {
        assertThat(ValueOrder.compare(AttributeValue.n("9"), AttributeValue.n("10"))).hasValue(-1);
        assertThat(ValueOrder.compare(AttributeValue.n("-1"), AttributeValue.n("-1.5"))).hasValue(1);
    }

    @Test
    void binariesOrderByUnsignedBytes() {
        assertThat(ValueOrder.compare(AttributeValue.b(new byte[] {0x7F}), AttributeValue.b(new byte[] {(byte) 0x80}))
                .getAsInt()).isNegative();
    }

    @Test
    void valuesOfDifferentTypesHaveNoOrder() {
        assertThat(ValueOrder.compare(AttributeValue.n("1"), AttributeValue.s("1"))).isEmpty();
        assertThat(ValueOrder.compare(AttributeValue.bool(true), AttributeValue.bool(true))).isEmpty();
    }
}
