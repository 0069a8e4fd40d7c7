package media.polyglot.moderation;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Resolves a body's claim check by reading the content table, read-only: content keeps the latest
 * revision of each item, so a body is found when the item is still at the revision asked for.
 */
public final class ContentBodies {

    private final DynamoDbClient dynamoDb;
    private final String contentTable;

    public ContentBodies(DynamoDbClient dynamoDb, String contentTable) {
        this.dynamoDb = dynamoDb;
        this.contentTable = contentTable;
    }

    /** The item's current revision and body, or empty when there is no such item. */
    public Optional<StoredBody> current(String contentId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(g -> g.tableName(contentTable).consistentRead(true)
                .key(Map.of("contentId", AttributeValue.fromS(contentId)))
                .projectionExpression("revision, body")).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StoredBody(Integer.parseInt(item.get("revision").n()), item.get("body").s()));
    }

    /** A body as the content table holds it, at its revision. */
    public record StoredBody(int revision, String body) {
    }
}
