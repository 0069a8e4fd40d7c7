package media.polyglot.local.engine.dynamodb.value;

/** A DynamoDB boolean ({@code BOOL}). */
public record BooleanValue(boolean value) implements AttributeValue {

    @Override
    public AttributeType type() {
        return AttributeType.BOOL;
    }
}
