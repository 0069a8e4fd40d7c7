package media.polyglot.local.engine.dynamodb.value;

import java.math.BigDecimal;
import java.util.Objects;

/** A DynamoDB number ({@code N}), held in the canonical text DynamoDB returns. */
public record NumberValue(String value) implements AttributeValue {

    public NumberValue {
        Objects.requireNonNull(value, "value");
        value = DynamoNumbers.canonical(value);
    }

    public BigDecimal decimal() {
        return new BigDecimal(value);
    }

    @Override
    public AttributeType type() {
        return AttributeType.N;
    }
}
