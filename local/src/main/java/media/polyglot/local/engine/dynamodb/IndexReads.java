package media.polyglot.local.engine.dynamodb;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import media.polyglot.local.engine.dynamodb.sqlite.EncodedKey;
import media.polyglot.local.engine.dynamodb.sqlite.IndexEntry;
import media.polyglot.local.engine.dynamodb.sqlite.IndexPosition;
import media.polyglot.local.engine.dynamodb.sqlite.ItemStore;
import media.polyglot.local.engine.dynamodb.sqlite.StoredTable;
import media.polyglot.local.engine.dynamodb.value.AttributeValue;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * How a Query or Scan with IndexName reads an index, by the rules of the Query API reference
 * (IndexName, Select, ConsistentRead): a global index returns only what it projects and is never
 * read strongly consistent; a local index fetches what it does not project from the table.
 */
final class IndexReads {

    private final StoredTable table;
    private final SecondaryIndex index;
    private final boolean fetchesFromTable;
    private final Select select;

    private IndexReads(StoredTable table, SecondaryIndex index, Select select) {
        this.table = table;
        this.index = index;
        this.select = select;
        this.fetchesFromTable = index.kind() == IndexKind.LOCAL && index.projection().type() != ProjectionType.ALL;
    }

    /** The index a request names, checked against what the request asks of it. */
    static IndexReads of(StoredTable table, String indexName, boolean consistentRead, Select select) {
        SecondaryIndex index = table.definition().index(indexName).orElseThrow(() -> new ValidationException(
                "The table does not have the specified index: " + indexName));
        if (index.kind() == IndexKind.GLOBAL && consistentRead) {
            throw new ValidationException("Consistent reads are not supported on global secondary indexes");
        }
        if (index.kind() == IndexKind.GLOBAL && select == Select.ALL_ATTRIBUTES
                && index.projection().type() != ProjectionType.ALL) {
            throw new ValidationException("One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not "
                    + "supported for global secondary index " + indexName + " because its projection type is not ALL");
        }
        return new IndexReads(table, index, select);
    }

    SecondaryIndex index() {
        return index;
    }

    /**
     * The rows to read from entries: the entry itself, or for a local index that does not project
     * everything, the table's item (filters and projections see every attribute, as DynamoDB's fetch gives them).
     */
    List<PageReader.Row<IndexPosition>> rows(List<IndexEntry> entries, ItemStore items) throws SQLException {
        List<PageReader.Row<IndexPosition>> rows = new ArrayList<>(entries.size());
        for (IndexEntry entry : entries) {
            Item item = entry.entry();
            if (fetchesFromTable) {
                item = items.get(table.id(), entry.position().tableKey()).orElse(item);
            }
            rows.add(new PageReader.Row<>(entry.position(), item));
        }
        return rows;
    }

    /** What a matched row returns without a ProjectionExpression. */
    UnaryOperator<Item> view() {
        if (fetchesFromTable && select != Select.ALL_ATTRIBUTES) {
            return item -> index.project(item, table.definition());
        }
        return UnaryOperator.identity();
    }

    /** An index page's LastEvaluatedKey: the table's key and the index's key of the last item read. */
    UnaryOperator<Item> lastKey() {
        return item -> {
            Map<String, AttributeValue> key = new LinkedHashMap<>(table.definition().primaryKey().valuesOf(item));
            key.putAll(index.key().valuesOf(item));
            return new Item(key);
        };
    }

    /** The position after an ExclusiveStartKey, which holds exactly the table's and the index's key attributes. */
    IndexPosition startAfter(Item exclusiveStartKey) {
        PrimaryKey tableKey = table.definition().primaryKey();
        PrimaryKey indexKey = index.key();
        Map<String, AttributeValue> tablePart = tableKey.valuesOf(exclusiveStartKey);
        Map<String, AttributeValue> indexPart = indexKey.valuesOf(exclusiveStartKey);
        int expected = (int) table.definition().keyAttributes().stream()
                .filter(key -> tableKey.isKeyAttribute(key.name()) || indexKey.isKeyAttribute(key.name())).count();
        boolean complete = exclusiveStartKey.attributes().size() == expected
                && indexPart.size() == (indexKey.sortKey() == null ? 1 : 2);
        if (!complete) {
            throw new ValidationException("The provided starting key is invalid: an index's ExclusiveStartKey holds the "
                    + "table's and the index's key attributes, as its LastEvaluatedKey did; got "
                    + exclusiveStartKey.attributes().keySet());
        }
        KeySchema schema = new KeySchema(table.definition());
        EncodedKey encodedTableKey;
        try {
            encodedTableKey = schema.encode(schema.requireKey(new Item(tablePart)));
            index.entryOf(exclusiveStartKey, table.definition());
        } catch (ValidationException e) {
            throw new ValidationException("The provided starting key is invalid: " + e.getMessage());
        }
        return new IndexPosition(IndexMaintenance.encodedIndexKey(index, exclusiveStartKey), encodedTableKey);
    }
}
