package media.polyglot.local.engine.dynamodb;

import java.util.List;
import java.util.Optional;
import media.polyglot.local.engine.dynamodb.expression.DocumentPath;
import media.polyglot.local.engine.dynamodb.expression.Projector;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * What a write returns of the item it wrote (the {@code ReturnValues} parameter). PutItem and
 * DeleteItem take only NONE and ALL_OLD; UpdateItem takes all five.
 */
public enum ReturnValue {
    NONE, ALL_OLD, UPDATED_OLD, ALL_NEW, UPDATED_NEW;

    /** Refuses a value the operation does not take, with DynamoDB's wording. */
    void requireOldOrNone(String operation) {
        if (this != NONE && this != ALL_OLD) {
            throw new ValidationException("ReturnValues can only be ALL_OLD or NONE; " + operation + " was given " + this);
        }
    }

    /**
     * The attributes to return.
     *
     * @param old     null when there was no item
     * @param written null when the write deleted the item
     * @param paths   the paths an update wrote, for the UPDATED_ values
     */
    Optional<Item> select(Item old, Item written, List<DocumentPath> paths) {
        Item selected = switch (this) {
            case NONE -> null;
            case ALL_OLD -> old;
            case ALL_NEW -> written;
            case UPDATED_OLD -> old == null ? null : Projector.project(old, paths);
            case UPDATED_NEW -> written == null ? null : Projector.project(written, paths);
        };
        return selected == null || selected.attributes().isEmpty() ? Optional.empty() : Optional.of(selected);
    }
}
