package media.polyglot.local.engine.dynamodb.value;

import java.util.List;
import java.util.Map;

/**
 * One DynamoDB attribute value, of exactly one of DynamoDB's data types. Values are immutable and
 * compare equal when DynamoDB would consider them the same value (sets ignore order).
 */
public sealed interface AttributeValue
        permits StringValue, NumberValue, BinaryValue, BooleanValue, NullValue,
                MapValue, ListValue, StringSetValue, NumberSetValue, BinarySetValue {

    AttributeType type();

    static AttributeValue s(String value) {
        return new StringValue(value);
    }

    static AttributeValue n(String value) {
        return new NumberValue(value);
    }

    static AttributeValue n(long value) {
        return new NumberValue(Long.toString(value));
    }

    static AttributeValue b(byte[] value) {
        return new BinaryValue(value);
    }

    static AttributeValue bool(boolean value) {
        return new BooleanValue(value);
    }

    static AttributeValue nul() {
        return NullValue.INSTANCE;
    }

    static AttributeValue m(Map<String, AttributeValue> value) {
        return new MapValue(value);
    }

    static AttributeValue l(List<AttributeValue> value) {
        return new ListValue(value);
    }

    static AttributeValue ss(List<String> value) {
        return new StringSetValue(value);
    }

    static AttributeValue ns(List<String> value) {
        return new NumberSetValue(value);
    }

    static AttributeValue bs(List<byte[]> value) {
        return BinarySetValue.ofBytes(value);
    }
}
