package media.polyglot.local.engine.dynamodb;

import java.util.Objects;

/** A key attribute of a table: its name and scalar type. */
public record KeyAttribute(String name, ScalarAttributeType type) {

    public KeyAttribute {
        Objects.requireNonNull(type, "type");
        if (name == null || name.isEmpty() || name.length() > 255) {
            throw new ValidationException("1 validation error detected: Value '" + name
                    + "' at 'keySchema.attributeName' failed to satisfy constraint: Member must have length between 1 and 255");
        }
    }

    public static KeyAttribute s(String name) {
        return new KeyAttribute(name, ScalarAttributeType.S);
    }

    public static KeyAttribute n(String name) {
        return new KeyAttribute(name, ScalarAttributeType.N);
    }
}
