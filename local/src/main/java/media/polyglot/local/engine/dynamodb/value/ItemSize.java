package media.polyglot.local.engine.dynamodb.value;

import java.util.Map;

/**
 * An item's size as DynamoDB counts it toward the 400 KB item limit and a stream record's
 * {@code SizeBytes}: names and strings in UTF-8 bytes, numbers about one byte per two digits,
 * lists and maps three bytes plus one per element ("Item sizes and formats" in the Developer Guide).
 */
public final class ItemSize {

    /** DynamoDB's maximum item size. */
    public static final int MAX_ITEM_BYTES = 400 * 1024;

    private ItemSize() {
    }

    public static int of(Item item) {
        return ofAttributes(item.attributes());
    }

    private static int ofAttributes(Map<String, AttributeValue> attributes) {
        int size = 0;
        for (Map.Entry<String, AttributeValue> attribute : attributes.entrySet()) {
            size += utf8(attribute.getKey()) + of(attribute.getValue());
        }
        return size;
    }

    private static int of(AttributeValue value) {
        if (value instanceof StringValue s) {
            return utf8(s.value());
        }
        if (value instanceof NumberValue n) {
            return numberSize(n.value());
        }
        if (value instanceof BinaryValue b) {
            return b.length();
        }
        if (value instanceof MapValue m) {
            return 3 + m.value().size() + ofAttributes(m.value());
        }
        if (value instanceof ListValue l) {
            return 3 + l.value().size() + l.value().stream().mapToInt(ItemSize::of).sum();
        }
        if (value instanceof StringSetValue ss) {
            return ss.value().stream().mapToInt(ItemSize::utf8).sum();
        }
        if (value instanceof NumberSetValue ns) {
            return ns.value().stream().mapToInt(ItemSize::numberSize).sum();
        }
        if (value instanceof BinarySetValue bs) {
            return bs.members().stream().mapToInt(BinaryValue::length).sum();
        }
        return 1; // BOOL and NULL
    }

    private static int numberSize(String canonical) {
        int digits = 0;
        for (int i = 0; i < canonical.length(); i++) {
            char c = canonical.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            }
        }
        return (digits + 1) / 2 + 1;
    }

    /** The UTF-8 length, counted without encoding. */
    private static int utf8(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes++; // unpaired: encoded as '?'
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
