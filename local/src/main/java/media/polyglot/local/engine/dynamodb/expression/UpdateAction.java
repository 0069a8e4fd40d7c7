package media.polyglot.local.engine.dynamodb.expression;

/** One action of an update expression's SET, REMOVE, ADD or DELETE clause. */
public sealed interface UpdateAction {

    /** The document path the action writes. */
    AttributePath path();

    /** {@code SET path = value}. */
    record SetAction(AttributePath path, UpdateValue value) implements UpdateAction {
    }

    /** {@code REMOVE path}: the attribute, map entry or list element goes away. */
    record RemoveAction(AttributePath path) implements UpdateAction {
    }

    /** {@code ADD path :value}: adds a number to a number, or members to a set; creates it when missing. */
    record AddAction(AttributePath path, String placeholder) implements UpdateAction {
    }

    /** {@code DELETE path :value}: takes members out of a set. */
    record DeleteAction(AttributePath path, String placeholder) implements UpdateAction {
    }
}
