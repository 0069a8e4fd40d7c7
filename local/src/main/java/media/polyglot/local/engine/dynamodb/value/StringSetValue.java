package media.polyglot.local.engine.dynamodb.value;

import java.util.HashSet;
import java.util.List;

/** A DynamoDB string set ({@code SS}): order is kept as given but ignored by {@link #equals}. */
public record StringSetValue(List<String> value) implements AttributeValue {

    public StringSetValue {
        value = List.copyOf(value);
        SetMembers.check("string set (SS)", value, value);
    }

    @Override
    public AttributeType type() {
        return AttributeType.SS;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StringSetValue set && new HashSet<>(value).equals(new HashSet<>(set.value));
    }

    @Override
    public int hashCode() {
        return new HashSet<>(value).hashCode();
    }
}
