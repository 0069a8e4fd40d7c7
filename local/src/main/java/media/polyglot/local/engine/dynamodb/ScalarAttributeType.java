package media.polyglot.local.engine.dynamodb;

import media.polyglot.local.engine.dynamodb.value.AttributeType;

/** The types a key attribute can have: string, number or binary. */
public enum ScalarAttributeType {
    S, N, B;

    public AttributeType attributeType() {
        return AttributeType.valueOf(name());
    }
}
