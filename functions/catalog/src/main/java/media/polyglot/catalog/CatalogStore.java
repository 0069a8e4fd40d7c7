package media.polyglot.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import media.polyglot.events.EventJson;
import media.polyglot.events.publishing.ContentPublishedV2;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The read model in two tables, kept consistent by one transaction per change: the catalog (partition key
 * {@code contentId}, the entry as JSON and a version for optimistic locking) and the language index
 * (partition key {@code language}, sort key {@code contentId}), one row per live edition. A secondary index
 * could not hold the index: an entry has one row per language, which an index over its item cannot express.
 */
public final class CatalogStore {

    private final DynamoDbClient dynamoDb;
    private final String catalogTable;
    private final String languageTable;

    public CatalogStore(DynamoDbClient dynamoDb, String catalogTable, String languageTable) {
        this.dynamoDb = dynamoDb;
        this.catalogTable = catalogTable;
        this.languageTable = languageTable;
    }

    /** The entry and its version; version 0 for an item never stored. */
    public Stored load(String contentId) {
        return find(contentId).orElseGet(() -> new Stored(CatalogEntry.empty(contentId), 0));
    }

    public Optional<Stored> find(String contentId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(g -> g.tableName(catalogTable).consistentRead(true)
                .key(Map.of("contentId", AttributeValue.fromS(contentId)))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Stored(EventJson.mapper().readValue(item.get("entry").s(), CatalogEntry.class),
                    Integer.parseInt(item.get("version").n())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("catalog entry " + contentId + " in " + catalogTable + " is not readable", e);
        }
    }

    /**
     * Replaces {@code before} (read at {@code version}) with {@code after}, and the language rows with its live
     * editions, in one transaction.
     *
     * @return false when another writer changed the entry since it was read: nothing was written
     */
    public boolean save(CatalogEntry before, CatalogEntry after, int version) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(p -> p.tableName(catalogTable)
                .item(Map.of(
                        "contentId", AttributeValue.fromS(after.contentId()),
                        "version", AttributeValue.fromN(Integer.toString(version + 1)),
                        "entry", AttributeValue.fromS(EventJson.mapper().valueToTree(after).toString())))
                // Version 0 was never stored, so only the absence of the item can match it.
                .conditionExpression("attribute_not_exists(contentId) OR version = :read")
                .expressionAttributeValues(Map.of(":read", AttributeValue.fromN(Integer.toString(version)))))
                .build());
        Set<String> nowLive = Set.copyOf(after.languages());
        for (String language : before.languages()) {
            if (!nowLive.contains(language)) {
                writes.add(TransactWriteItem.builder().delete(d -> d.tableName(languageTable).key(languageKey(language,
                        after.contentId()))).build());
            }
        }
        if (after.live() != null && !after.live().equals(before.live())) {
            for (ContentPublishedV2.Edition edition : after.live().editions()) {
                writes.add(TransactWriteItem.builder().put(p -> p.tableName(languageTable)
                        .item(languageRow(after, edition))).build());
            }
        }
        try {
            dynamoDb.transactWriteItems(t -> t.transactItems(writes));
            return true;
        } catch (TransactionCanceledException e) {
            boolean conflict = e.cancellationReasons().stream().anyMatch(r -> "ConditionalCheckFailed".equals(r.code()));
            if (conflict) {
                return false;
            }
            throw e;
        }
    }

    /** One page of the items live in {@code language}, by content id, starting after {@code after} (or the first). */
    public LanguagePage live(String language, int limit, String after) {
        Map<String, AttributeValue> start = after == null ? null : languageKey(language, after);
        QueryResponse page = dynamoDb.query(q -> q.tableName(languageTable)
                .keyConditionExpression("#language = :language")
                .expressionAttributeNames(Map.of("#language", "language"))
                .expressionAttributeValues(Map.of(":language", AttributeValue.fromS(language)))
                .limit(limit)
                .exclusiveStartKey(start));
        List<Map<String, String>> items = page.items().stream().map(CatalogStore::plain).toList();
        String next = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
                ? page.lastEvaluatedKey().get("contentId").s() : null;
        return new LanguagePage(items, next);
    }

    private static Map<String, AttributeValue> languageRow(CatalogEntry entry, ContentPublishedV2.Edition edition) {
        Map<String, AttributeValue> row = new HashMap<>(languageKey(edition.language(), entry.contentId()));
        row.put("revision", AttributeValue.fromN(Integer.toString(entry.live().revision())));
        row.put("title", AttributeValue.fromS(edition.title()));
        row.put("url", AttributeValue.fromS(edition.url()));
        row.put("publishedAt", AttributeValue.fromS(entry.live().publishedAt().toString()));
        if (entry.category() != null) {
            row.put("category", AttributeValue.fromS(entry.category()));
        }
        return row;
    }

    private static Map<String, AttributeValue> languageKey(String language, String contentId) {
        return Map.of("language", AttributeValue.fromS(language), "contentId", AttributeValue.fromS(contentId));
    }

    private static Map<String, String> plain(Map<String, AttributeValue> item) {
        return item.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().s() != null ? e.getValue().s() : e.getValue().n()));
    }

    /**
     * An entry as read.
     *
     * @param entry   the entry
     * @param version what a save must name
     */
    public record Stored(CatalogEntry entry, int version) {
    }

    /**
     * One page of a language's live items.
     *
     * @param items each item's language row: contentId, revision, title, url, category, publishedAt
     * @param next  the content id to continue after, or null on the last page
     */
    public record LanguagePage(List<Map<String, String>> items, String next) {
    }
}
