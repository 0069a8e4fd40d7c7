package media.polyglot.local.engine.dynamodb.value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A DynamoDB item, or a key, or a stream image: attribute names to values, in the order given.
 * Two items are equal when they hold the same attributes with equal values.
 */
public record Item(Map<String, AttributeValue> attributes) {

    public static final Item EMPTY = new Item(Map.of());

    public Item {
        Objects.requireNonNull(attributes, "attributes");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public static Item of(String name, AttributeValue value) {
        return new Item(Map.of(name, value));
    }

    public static Item of(String name1, AttributeValue value1, String name2, AttributeValue value2) {
        LinkedHashMap<String, AttributeValue> attributes = new LinkedHashMap<>();
        attributes.put(name1, value1);
        attributes.put(name2, value2);
        return new Item(attributes);
    }

    public Optional<AttributeValue> get(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /** A copy of this item with one attribute added or replaced. */
    public Item with(String name, AttributeValue value) {
        LinkedHashMap<String, AttributeValue> copy = new LinkedHashMap<>(attributes);
        copy.put(name, value);
        return new Item(copy);
    }
}
