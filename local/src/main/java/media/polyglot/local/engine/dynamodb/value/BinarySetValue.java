package media.polyglot.local.engine.dynamodb.value;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A DynamoDB binary set ({@code BS}); members are held as {@link BinaryValue}s so they compare by content. */
public record BinarySetValue(List<BinaryValue> members) implements AttributeValue {

    public BinarySetValue {
        members = List.copyOf(members);
        SetMembers.check("binary set (BS)", members, members);
    }

    static BinarySetValue ofBytes(List<byte[]> value) {
        return new BinarySetValue(value.stream().map(BinaryValue::new).toList());
    }

    @Override
    public AttributeType type() {
        return AttributeType.BS;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BinarySetValue set && asSet().equals(set.asSet());
    }

    @Override
    public int hashCode() {
        return asSet().hashCode();
    }

    private Set<BinaryValue> asSet() {
        return new HashSet<>(members);
    }
}
