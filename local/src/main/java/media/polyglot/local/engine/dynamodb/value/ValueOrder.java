package media.polyglot.local.engine.dynamodb.value;

import java.util.Arrays;
import java.util.OptionalInt;

/**
 * How DynamoDB orders scalar values: numbers numerically, strings by their UTF-8 bytes, binaries
 * by unsigned bytes. Values of different types, or of non-scalar types, have no order.
 */
public final class ValueOrder {

    private ValueOrder() {
    }

    /** The sign of {@code left - right}, or empty when the two cannot be compared. */
    public static OptionalInt compare(AttributeValue left, AttributeValue right) {
        if (left instanceof StringValue l && right instanceof StringValue r) {
            return OptionalInt.of(compareUtf8(l.value(), r.value()));
        }
        if (left instanceof NumberValue l && right instanceof NumberValue r) {
            return OptionalInt.of(l.decimal().compareTo(r.decimal()));
        }
        if (left instanceof BinaryValue l && right instanceof BinaryValue r) {
            return OptionalInt.of(Arrays.compareUnsigned(l.value(), r.value()));
        }
        return OptionalInt.empty();
    }

    /**
     * Compares by code point, which is the order of the UTF-8 bytes; {@link String#compareTo}
     * compares UTF-16 units and puts supplementary characters before U+E000..U+FFFF.
     */
    public static int compareUtf8(String left, String right) {
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            int l = left.codePointAt(i);
            int r = right.codePointAt(j);
            if (l != r) {
                return Integer.compare(l, r);
            }
            i += Character.charCount(l);
            j += Character.charCount(r);
        }
        return Integer.compare(left.length() - i, right.length() - j);
    }
}
