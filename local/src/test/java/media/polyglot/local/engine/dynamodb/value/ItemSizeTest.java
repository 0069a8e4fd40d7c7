package media.polyglot.local.engine.dynamodb.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sizes as "Item sizes and formats" in the DynamoDB Developer Guide counts them. */
class ItemSizeTest {

    @Test
    void namesAndStringsCountTheirUtf8Bytes() {
        String text = "aé€😀\uD800";

        assertThat(ItemSize.of(Item.of("name", AttributeValue.s(text))))
                .isEqualTo(4 + text.getBytes(StandardCharsets.UTF_8).length)
                .isEqualTo(4 + 1 + 2 + 3 + 4 + 1);
    }

    @Test
    void numbersCountAboutOneBytePerTwoDigitsPlusOne() {
        assertThat(ItemSize.of(Item.of("n", AttributeValue.n("-12345.6")))).isEqualTo(1 + 3 + 1);
        assertThat(ItemSize.of(Item.of("n", AttributeValue.n("7")))).isEqualTo(1 + 1 + 1);
    }

    @Test
    void documentsCountThreeBytesAndOnePerElement() {
        Item item = Item.of("m", AttributeValue.m(Map.of("k", AttributeValue.l(List.of(AttributeValue.bool(true),
                AttributeValue.nul())))));

        assertThat(ItemSize.of(item)).isEqualTo(1 + 3 + 1 + 1 + 3 + 2 + 1 + 1);
    }
}
