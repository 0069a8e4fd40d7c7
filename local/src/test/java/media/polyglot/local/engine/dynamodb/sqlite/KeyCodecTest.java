package media.polyglot.local.engine.dynamodb.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import media.polyglot.local.engine.dynamodb.value.AttributeValue;
import org.junit.jupiter.api.Test;

class KeyCodecTest {

    private static final List<String> ASCENDING = List.of(
            "-1E+125", "-100", "-10", "-9.99", "-1.5", "-1", "-0.5", "-1E-130", "0",
            "1E-130", "0.1", "0.15", "1", "1.5", "2", "9.99", "10", "100", "101", "1E+125");

    @Test
    void encodedNumbersSortNumerically() {
        List<String> shuffled = new ArrayList<>(ASCENDING);
        Collections.shuffle(shuffled, new Random(7));

        shuffled.sort((left, right) -> Arrays.compareUnsigned(encode(left), encode(right)));

        assertThat(shuffled).containsExactlyElementsOf(ASCENDING);
    }

    @Test
    void equalNumbersEncodeToTheSameKey() {
        assertThat(encode("1")).isEqualTo(encode("1.0")).isEqualTo(encode("10E-1"));
        assertThat(KeyCodec.encodeNumber(new BigDecimal("-0.0"))).isEqualTo(encode("0"));
    }

    @Test
    void stringsEncodeAsTheirUtf8Bytes() {
        assertThat(KeyCodec.encode(AttributeValue.s("é"))).containsExactly(0xC3, 0xA9);
    }

    private static byte[] encode(String number) {
        return KeyCodec.encode(AttributeValue.n(number));
    }
}
