package media.polyglot.localization;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;
import java.util.Optional;
import media.polyglot.events.EventJson;
import media.polyglot.events.localization.TranslationRequested;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Localization's state, one item per language of a revision (partition key {@code requestKey}). Every
 * change is conditional on the request it answers still being the one out, so a duplicate or stale
 * answer changes nothing.
 */
public final class TranslationTable {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public TranslationTable(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    /** Stores a first request unless the language already has one; returns what is stored. */
    public TranslationRequest putIfAbsent(TranslationRequest request) {
        try {
            dynamoDb.putItem(p -> p.tableName(table).item(item(request))
                    .conditionExpression("attribute_not_exists(requestKey)"));
            return request;
        } catch (ConditionalCheckFailedException exists) {
            return find(request.key()).orElseThrow(() -> new IllegalStateException(
                    "translation request " + request.key() + " exists and vanished in " + table));
        }
    }

    public Optional<TranslationRequest> find(String key) {
        Map<String, AttributeValue> item = dynamoDb.getItem(g -> g.tableName(table).consistentRead(true)
                .key(Map.of("requestKey", AttributeValue.fromS(key)))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TranslationRequest(
                    EventJson.mapper().readValue(item.get("request").s(), TranslationRequested.class),
                    Integer.parseInt(item.get("attempt").n()),
                    TranslationRequest.Status.valueOf(item.get("status").s())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("translation request " + key + " in " + table + " is not readable", e);
        }
    }

    /**
     * Replaces the request out with {@code next} (a retry, or the same request ended), if {@code answeredId}
     * is still the one out and awaited.
     *
     * @return false when another delivery got there first
     */
    public boolean replace(String answeredId, TranslationRequest next) {
        try {
            dynamoDb.putItem(p -> p.tableName(table).item(item(next))
                    .conditionExpression("requestId = :answered AND #status = :requested")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(
                            ":answered", AttributeValue.fromS(answeredId),
                            ":requested", AttributeValue.fromS(TranslationRequest.Status.REQUESTED.name()))));
            return true;
        } catch (ConditionalCheckFailedException alreadyAnswered) {
            return false;
        }
    }

    private static Map<String, AttributeValue> item(TranslationRequest request) {
        return Map.of(
                "requestKey", AttributeValue.fromS(request.key()),
                "requestId", AttributeValue.fromS(request.request().requestId()),
                "attempt", AttributeValue.fromN(Integer.toString(request.attempt())),
                "status", AttributeValue.fromS(request.status().name()),
                "request", AttributeValue.fromS(EventJson.mapper().valueToTree(request.request()).toString()));
    }
}
