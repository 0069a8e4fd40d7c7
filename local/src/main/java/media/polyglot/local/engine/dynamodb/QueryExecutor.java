package media.polyglot.local.engine.dynamodb;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import media.polyglot.local.engine.dynamodb.sqlite.EncodedKey;
import media.polyglot.local.engine.dynamodb.sqlite.IndexPosition;
import media.polyglot.local.engine.dynamodb.sqlite.IndexStore;
import media.polyglot.local.engine.dynamodb.sqlite.ItemStore;
import media.polyglot.local.engine.dynamodb.sqlite.KeyCodec;
import media.polyglot.local.engine.dynamodb.sqlite.SortKeyRange;
import media.polyglot.local.engine.dynamodb.sqlite.SqliteDatabase;
import media.polyglot.local.engine.dynamodb.sqlite.StoredTable;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * Query on a table's primary key or an index's key: one partition, a sort key range, a direction,
 * a page, a filter, a projection.
 */
final class QueryExecutor {

    private final SqliteDatabase database;
    private final TableRegistry tables;
    private final ItemStore items;
    private final IndexStore indexes;

    QueryExecutor(SqliteDatabase database, TableRegistry tables, ItemStore items, IndexStore indexes) {
        this.database = database;
        this.tables = tables;
        this.items = items;
        this.indexes = indexes;
    }

    QueryResult run(QueryRequest request) {
        RequestExpressions expressions = RequestExpressions.prepare(new RequestExpressions.Texts(null,
                request.filterExpression(), request.keyConditionExpression(), null, request.projectionExpression()),
                request.expressionAttributes());
        Select select = Select.resolve(request.select(), request.projectionExpression() != null, request.indexName());
        return database.transaction("Query on " + request.tableName(), () -> {
            StoredTable table = tables.require(request.tableName());
            if (request.indexName() == null) {
                return queryTable(request, expressions, select, table);
            }
            return queryIndex(request, expressions, select, IndexReads.of(table, request.indexName(),
                    request.consistentRead(), select), table);
        });
    }

    private QueryResult queryTable(QueryRequest request, RequestExpressions expressions, Select select, StoredTable table)
            throws SQLException {
        KeySchema schema = new KeySchema(table.definition());
        PrimaryKey key = table.definition().primaryKey();
        FilterOnKeys.reject(expressions.filter().parsed(), key, request.expressionAttributes());
        KeyConditions.KeyQuery keyQuery = KeyConditions.analyze(expressions.keyCondition().condition(), key,
                request.expressionAttributes());
        byte[] partition = KeyCodec.encode(keyQuery.partitionValue());
        SortKeyRange range = keyQuery.sortKeyRange();
        boolean forward = request.scanIndexForward();
        EncodedKey start = request.exclusiveStartKey() == null ? null
                : startKey(schema, request.exclusiveStartKey(), partition);
        PageReader.Source<EncodedKey> source = (after, limit) -> items.query(table.id(), partition,
                after == null ? range : range.after(after.sort(), forward), forward, limit).stream()
                .map(stored -> new PageReader.Row<>(stored.key(), stored.item())).toList();
        return PageReader.read(source, start, request.limit(), row -> true, new PageReader.Shape(expressions.filter(),
                expressions.projection(), UnaryOperator.identity(), select == Select.COUNT, schema::keyOfItem));
    }

    private QueryResult queryIndex(QueryRequest request, RequestExpressions expressions, Select select, IndexReads reads,
                                   StoredTable table) throws SQLException {
        PrimaryKey key = reads.index().key();
        FilterOnKeys.reject(expressions.filter().parsed(), key, request.expressionAttributes());
        KeyConditions.KeyQuery keyQuery = KeyConditions.analyze(expressions.keyCondition().condition(), key,
                request.expressionAttributes());
        byte[] partition = KeyCodec.encode(keyQuery.partitionValue());
        IndexPosition start = null;
        if (request.exclusiveStartKey() != null) {
            start = reads.startAfter(request.exclusiveStartKey());
            if (!Arrays.equals(start.indexKey().partition(), partition)) {
                throw new ValidationException("The provided starting key is invalid: its partition key is not the one "
                        + "the KeyConditionExpression queries");
            }
        }
        PageReader.Source<IndexPosition> source = (after, limit) -> reads.rows(indexes.query(table.id(),
                reads.index().indexName(), partition, keyQuery.sortKeyRange(), request.scanIndexForward(), after, limit),
                items);
        return PageReader.read(source, start, request.limit(), row -> true, new PageReader.Shape(expressions.filter(),
                expressions.projection(), reads.view(), select == Select.COUNT, reads.lastKey()));
    }

    /** The stored key to continue after, once the start key is known to be a key of the queried partition. */
    private static EncodedKey startKey(KeySchema schema, Item exclusiveStartKey, byte[] partition) {
        EncodedKey key;
        try {
            key = schema.encode(schema.requireKey(exclusiveStartKey));
        } catch (ValidationException e) {
            throw new ValidationException("The provided starting key is invalid: " + e.getMessage());
        }
        if (!Arrays.equals(key.partition(), partition)) {
            throw new ValidationException("The provided starting key is invalid: its partition key is not the one the "
                    + "KeyConditionExpression queries");
        }
        return key;
    }
}
