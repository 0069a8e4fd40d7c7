package media.polyglot.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import media.polyglot.events.Sources;
import media.polyglot.events.content.ContentRevised;
import media.polyglot.events.content.ContentSubmitted;
import media.polyglot.events.content.ContentWithdrawn;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Writes content state and its outbox row in one DynamoDB transaction: either both are stored or
 * neither, so an event is published if and only if the state it announces exists. A revision or a
 * withdrawal is conditional on the item still being at the revision it was decided on, and not withdrawn.
 */
public final class ContentStore {

    /** The item is still at the revision read and not withdrawn. */
    private static final String UNCHANGED = "revision = :read AND attribute_not_exists(withdrawnAt)";

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

    /** The item and whether it is withdrawn, read consistently; empty when there is no such item. */
    public Optional<Stored> find(String contentId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(g -> g.tableName(contentTable).consistentRead(true)
                .key(Map.of("contentId", AttributeValue.fromS(contentId)))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Stored(new ContentItem(contentId, Integer.parseInt(item.get("revision").n()),
                item.get("title").s(), item.get("body").s(), item.get("language").s(), item.get("category").s(),
                item.get("targetLanguages").l().stream().map(AttributeValue::s).toList(),
                java.time.Instant.parse(item.get("updatedAt").s())), item.containsKey("withdrawnAt")));
    }

    /** @throws ContentConflictException when the item moved past the revision replaced, or was withdrawn */
    public void save(ContentRevisions.Revision revision) {
        OutboxRow row = OutboxRow.of(Sources.CONTENT, ContentRevised.TYPE, revision.event());
        conditionally(revision.item().contentId(), List.of(
                TransactWriteItem.builder().put(p -> p.tableName(contentTable)
                        .item(itemOf(revision.item()))
                        .conditionExpression(UNCHANGED)
                        .expressionAttributeValues(Map.of(":read", number(revision.replaces())))).build(),
                TransactWriteItem.builder().put(p -> p.tableName(outboxTable).item(row.toItem())).build()));
    }

    /** @throws ContentConflictException when the item moved past the revision withdrawn, or was withdrawn already */
    public void save(ContentRevisions.Withdrawal withdrawal) {
        OutboxRow row = OutboxRow.of(Sources.CONTENT, ContentWithdrawn.TYPE, withdrawal.event());
        conditionally(withdrawal.contentId(), List.of(
                TransactWriteItem.builder().update(u -> u.tableName(contentTable)
                        .key(Map.of("contentId", AttributeValue.fromS(withdrawal.contentId())))
                        .updateExpression("SET withdrawnAt = :at")
                        .conditionExpression(UNCHANGED)
                        .expressionAttributeValues(Map.of(":read", number(withdrawal.revision()),
                                ":at", AttributeValue.fromS(withdrawal.event().metadata().occurredAt().toString())))).build(),
                TransactWriteItem.builder().put(p -> p.tableName(outboxTable).item(row.toItem())).build()));
    }

    private void conditionally(String contentId, List<TransactWriteItem> writes) {
        try {
            dynamoDb.transactWriteItems(t -> t.transactItems(writes));
        } catch (TransactionCanceledException e) {
            if (e.cancellationReasons().stream().noneMatch(r -> "ConditionalCheckFailed".equals(r.code()))) {
                throw e;
            }
            boolean withdrawn = find(contentId).map(Stored::withdrawn).orElse(false);
            throw withdrawn
                    ? new ContentConflictException("Withdrawn", "content " + contentId + " is withdrawn; it cannot change")
                    : new ContentConflictException("ConcurrentChange", "content " + contentId
                            + " changed since it was read; read it again and retry");
        }
    }

    private static AttributeValue number(int value) {
        return AttributeValue.fromN(Integer.toString(value));
    }

    /**
     * An item as stored.
     *
     * @param item      its latest revision
     * @param withdrawn whether its author withdrew it
     */
    public record Stored(ContentItem item, boolean withdrawn) {
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
