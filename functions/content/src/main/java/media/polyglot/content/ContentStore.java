package media.polyglot.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import media.polyglot.events.content.ContentSubmitted;
import media.polyglot.events.Sources;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Writes content state and its outbox row in one DynamoDB transaction: either both are stored or
 * neither, so an event is published if and only if the state it announces exists.
 */
public final class ContentStore {

    private final DynamoDbClient dynamoDb;
    private final String contentTable;
    private final String outboxTable;

    public ContentStore(DynamoDbClient dynamoDb, String contentTable, String outboxTable) {
        this.dynamoDb = dynamoDb;
        this.contentTable = contentTable;
        this.outboxTable = outboxTable;
    }

    public void save(Submission submission) {
        OutboxRow row = OutboxRow.of(Sources.CONTENT, ContentSubmitted.TYPE, submission.event());
        dynamoDb.transactWriteItems(t -> t.transactItems(List.of(
                TransactWriteItem.builder().put(p -> p.tableName(contentTable)
                        .item(itemOf(submission.item()))
                        .conditionExpression("attribute_not_exists(contentId)")).build(),
                TransactWriteItem.builder().put(p -> p.tableName(outboxTable)
                        .item(row.toItem())
                        .conditionExpression("attribute_not_exists(eventId)")).build())));
    }

    private static Map<String, AttributeValue> itemOf(ContentItem item) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put("contentId", AttributeValue.fromS(item.contentId()));
        values.put("revision", AttributeValue.fromN(Integer.toString(item.revision())));
        values.put("title", AttributeValue.fromS(item.title()));
        values.put("body", AttributeValue.fromS(item.body()));
        values.put("language", AttributeValue.fromS(item.language()));
        values.put("category", AttributeValue.fromS(item.category()));
        values.put("targetLanguages", AttributeValue.fromL(
                item.targetLanguages().stream().map(AttributeValue::fromS).toList()));
        values.put("updatedAt", AttributeValue.fromS(item.updatedAt().toString()));
        return values;
    }
}
