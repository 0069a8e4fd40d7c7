package media.polyglot.local.engine.dynamodb.value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A DynamoDB map ({@code M}); the order of its entries is kept as given. */
public record MapValue(Map<String, AttributeValue> value) implements AttributeValue {

    public MapValue {
        value = Collections.unmodifiableMap(new LinkedHashMap<>(value));
    }

    @Override
    public AttributeType type() {
        return AttributeType.M;
    }
}
