package media.polyglot.local.engine.dynamodb.value;

/** DynamoDB's null ({@code NULL: true}); there is only one. */
public record NullValue() implements AttributeValue {

    static final NullValue INSTANCE = new NullValue();

    @Override
    public AttributeType type() {
        return AttributeType.NULL;
    }
}
