package media.polyglot.local.engine.dynamodb.value;

import java.util.HashSet;
import java.util.List;

/** A DynamoDB number set ({@code NS}) of canonical numbers; order is ignored by {@link #equals}. */
public record NumberSetValue(List<String> value) implements AttributeValue {

    public NumberSetValue {
        value = value.stream().map(DynamoNumbers::canonical).toList();
        SetMembers.check("number set (NS)", value, value);
    }

    @Override
    public AttributeType type() {
        return AttributeType.NS;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NumberSetValue set && new HashSet<>(value).equals(new HashSet<>(set.value));
    }

    @Override
    public int hashCode() {
        return new HashSet<>(value).hashCode();
    }
}
