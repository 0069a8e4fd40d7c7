package media.polyglot.local.engine.dynamodb.value;

import java.util.Arrays;
import java.util.Base64;

/** A DynamoDB binary ({@code B}); the bytes are copied in and out, so the value stays immutable. */
public record BinaryValue(byte[] value) implements AttributeValue {

    public BinaryValue {
        value = value.clone();
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    public int length() {
        return value.length;
    }

    @Override
    public AttributeType type() {
        return AttributeType.B;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BinaryValue binary && Arrays.equals(value, binary.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "BinaryValue[" + Base64.getEncoder().encodeToString(value) + "]";
    }
}
