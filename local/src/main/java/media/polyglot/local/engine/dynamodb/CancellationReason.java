package media.polyglot.local.engine.dynamodb;

import java.util.Objects;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * Why one item of a cancelled transaction did not apply: {@code None} for items that were fine,
 * {@code ConditionalCheckFailed} (with the old item when asked for) for the ones that failed.
 */
public record CancellationReason(String code, String message, Item item) {
    // message and item are null when DynamoDB leaves them out of the reason.

    public static final CancellationReason NONE = new CancellationReason("None", null, null);

    public CancellationReason {
        Objects.requireNonNull(code, "code");
    }

    static CancellationReason conditionalCheckFailed(Item oldItem) {
        return new CancellationReason("ConditionalCheckFailed", "The conditional request failed", oldItem);
    }
}
