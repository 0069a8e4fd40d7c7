package media.polyglot.local.engine.dynamodb.value;

import java.util.List;

/** A DynamoDB list ({@code L}). */
public record ListValue(List<AttributeValue> value) implements AttributeValue {

    public ListValue {
        value = List.copyOf(value);
    }

    @Override
    public AttributeType type() {
        return AttributeType.L;
    }
}
