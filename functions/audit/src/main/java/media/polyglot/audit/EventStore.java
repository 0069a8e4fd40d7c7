package media.polyglot.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import media.polyglot.events.EventJson;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The append-only event store: one stream per content item, ordered by position. Appending is a
 * conditional put on the position, so a redelivered event is stored once.
 */
public final class EventStore {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public EventStore(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    /** Stores the event; false when it was stored before (a duplicate delivery). */
    public boolean append(StoredEvent event) {
        try {
            dynamoDb.putItem(p -> p.tableName(table)
                    .item(Map.of(
                            "contentId", AttributeValue.fromS(event.contentId()),
                            "position", AttributeValue.fromS(event.position()),
                            "detailType", AttributeValue.fromS(event.detailType()),
                            "source", AttributeValue.fromS(event.source()),
                            "time", AttributeValue.fromS(event.time()),
                            "envelope", AttributeValue.fromS(event.envelope().toString())))
                    .conditionExpression("attribute_not_exists(#position)")
                    .expressionAttributeNames(Map.of("#position", "position")));
            return true;
        } catch (ConditionalCheckFailedException duplicate) {
            return false;
        }
    }

    /** Every event of one content item's stream, oldest first. */
    public List<StoredEvent> history(String contentId) {
        List<StoredEvent> events = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            Map<String, AttributeValue> from = startKey;
            QueryResponse page = dynamoDb.query(q -> q.tableName(table)
                    .keyConditionExpression("contentId = :id")
                    .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(contentId)))
                    .scanIndexForward(true)
                    .exclusiveStartKey(from));
            page.items().forEach(item -> events.add(fromItem(item)));
            startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (startKey != null);
        return events;
    }

    private static StoredEvent fromItem(Map<String, AttributeValue> item) {
        try {
            return new StoredEvent(item.get("contentId").s(), item.get("position").s(), item.get("detailType").s(),
                    item.get("source").s(), item.get("time").s(), EventJson.mapper().readTree(item.get("envelope").s()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event store item " + item.get("position").s() + " of " + item.get("contentId").s()
                    + " holds an envelope that is not JSON", e);
        }
    }
}
