package media.polyglot.local.engine.dynamodb.value;

import java.util.Objects;

/** A DynamoDB string ({@code S}). */
public record StringValue(String value) implements AttributeValue {

    public StringValue {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public AttributeType type() {
        return AttributeType.S;
    }
}
