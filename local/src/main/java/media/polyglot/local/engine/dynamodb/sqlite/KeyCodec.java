package media.polyglot.local.engine.dynamodb.sqlite;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import media.polyglot.local.engine.dynamodb.value.AttributeValue;
import media.polyglot.local.engine.dynamodb.value.BinaryValue;
import media.polyglot.local.engine.dynamodb.value.NumberValue;
import media.polyglot.local.engine.dynamodb.value.StringValue;

/**
 * Encodes key values as bytes whose unsigned order (SQLite's BLOB order) is DynamoDB's key order:
 * strings as their UTF-8 bytes, binaries as themselves, numbers numerically. Equal numbers
 * ({@code 1} and {@code 1.0}) encode to the same bytes, so they are the same key, as in DynamoDB.
 */
public final class KeyCodec {

    private static final int ZERO = 0x80;
    private static final int POSITIVE = 0xC0;
    private static final int NEGATIVE = 0x40;
    private static final int EXPONENT_BIAS = 0x8000;
    private static final int NEGATIVE_TERMINATOR = 0xFF;

    private KeyCodec() {
    }

    public static byte[] encode(AttributeValue value) {
        if (value instanceof StringValue s) {
            return s.value().getBytes(StandardCharsets.UTF_8);
        }
        if (value instanceof BinaryValue b) {
            return b.value();
        }
        if (value instanceof NumberValue n) {
            return encodeNumber(n.decimal());
        }
        throw new IllegalArgumentException("Only S, N and B values can be keys, not " + value.type());
    }

    /**
     * A number as sign, exponent and digits of {@code 0.d1d2... x 10^exponent}: a larger exponent
     * is a larger magnitude, and with equal exponents the digits compare as text. Negative numbers
     * invert every byte after the sign, and end with 0xFF so that a shorter magnitude (a larger
     * number) sorts after the longer ones it is a prefix of.
     */
    static byte[] encodeNumber(BigDecimal number) {
        if (number.signum() == 0) {
            return new byte[] {(byte) ZERO};
        }
        BigDecimal stripped = number.stripTrailingZeros();
        String digits = stripped.unscaledValue().abs().toString();
        int exponent = digits.length() - stripped.scale() + EXPONENT_BIAS;
        boolean negative = number.signum() < 0;
        ByteArrayOutputStream out = new ByteArrayOutputStream(digits.length() + 4);
        out.write(negative ? NEGATIVE : POSITIVE);
        writeInverted(out, exponent >> 8, negative);
        writeInverted(out, exponent, negative);
        for (int i = 0; i < digits.length(); i++) {
            writeInverted(out, digits.charAt(i), negative);
        }
        if (negative) {
            out.write(NEGATIVE_TERMINATOR);
        }
        return out.toByteArray();
    }

    private static void writeInverted(ByteArrayOutputStream out, int value, boolean invert) {
        out.write(invert ? ~value & 0xFF : value & 0xFF);
    }
}
