package media.polyglot.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;
import media.polyglot.events.EventJson;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A stored event's attributes, the same in the store table and the stream table. */
final class StoredEvents {

    private StoredEvents() {
    }

    static Map<String, AttributeValue> toItem(StoredEvent event) {
        return Map.of(
                "contentId", AttributeValue.fromS(event.contentId()),
                "position", AttributeValue.fromS(event.position()),
                "detailType", AttributeValue.fromS(event.detailType()),
                "source", AttributeValue.fromS(event.source()),
                "time", AttributeValue.fromS(event.time()),
                "envelope", AttributeValue.fromS(event.envelope().toString()));
    }

    /** The event of a store item, or of a stream entry whose content position is kept as {@code storePosition}. */
    static StoredEvent fromItem(Map<String, AttributeValue> item, String where) {
        String contentId = item.get("contentId").s();
        AttributeValue position = item.containsKey("storePosition") ? item.get("storePosition") : item.get("position");
        try {
            return new StoredEvent(contentId, position.s(), item.get("detailType").s(), item.get("source").s(),
                    item.get("time").s(), EventJson.mapper().readTree(item.get("envelope").s()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + position.s() + " of " + contentId + " in " + where
                    + " holds an envelope that is not JSON", e);
        }
    }
}
