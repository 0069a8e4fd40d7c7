package media.polyglot.local.engine.dynamodb.sqlite;

import java.util.Objects;
import media.polyglot.local.engine.dynamodb.StreamEventName;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * One change to an item as its table's stream keeps it, images already cut to the stream's view type.
 *
 * @param newImage            null when the view type or the event leaves it out
 * @param oldImage            null when the view type or the event leaves it out
 * @param removedByTimeToLive whether DynamoDB's TTL process made the change, not a client
 */
public record StreamChange(String eventId, StreamEventName eventName, long createdAtEpochSecond, Item keys,
                           Item newImage, Item oldImage, int sizeBytes, boolean removedByTimeToLive) {

    public StreamChange {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(keys, "keys");
    }
}
