package media.polyglot.local.engine.dynamodb;

import java.util.Optional;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * A single-item write whose condition expression was false; nothing was written. Carries the item
 * as it was when the caller asked for it with {@code ReturnValuesOnConditionCheckFailure = ALL_OLD}.
 */
public final class ConditionalCheckFailedException extends DynamoDbException {

    private final transient Item oldItem;

    public ConditionalCheckFailedException(Item oldItem) {
        super("The conditional request failed");
        this.oldItem = oldItem;
    }

    /** The item the condition was checked against, when the request asked for it and it existed. */
    public Optional<Item> oldItem() {
        return Optional.ofNullable(oldItem);
    }

    @Override
    public String errorCode() {
        return "ConditionalCheckFailedException";
    }
}
