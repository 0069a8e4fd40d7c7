package media.polyglot.local.engine.dynamodb.expression;

/** What a comparison or function compares: an attribute, a {@code :value} placeholder, or {@code size(path)}. */
public sealed interface Operand {

    /** The value at a document path of the item. */
    record Path(AttributePath path) implements Operand {
    }

    /** A value from ExpressionAttributeValues, named by its placeholder. */
    record Value(String placeholder) implements Operand {
    }

    /** {@code size(path)}: the size of the value at the path, as a number. */
    record Size(AttributePath path) implements Operand {
    }
}
