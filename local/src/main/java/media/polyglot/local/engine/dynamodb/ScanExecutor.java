package media.polyglot.local.engine.dynamodb;

import java.util.Arrays;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import media.polyglot.local.engine.dynamodb.sqlite.EncodedKey;
import media.polyglot.local.engine.dynamodb.sqlite.IndexPosition;
import media.polyglot.local.engine.dynamodb.sqlite.IndexStore;
import media.polyglot.local.engine.dynamodb.sqlite.ItemStore;
import media.polyglot.local.engine.dynamodb.sqlite.SqliteDatabase;
import media.polyglot.local.engine.dynamodb.sqlite.StoredTable;

/**
 * Scan: the items of a table (or the entries of an index) in stored key order, a page at a time.
 * A parallel scan's segment holds the partitions whose key hashes to it, so every item belongs to
 * exactly one segment.
 */
final class ScanExecutor {

    private final SqliteDatabase database;
    private final TableRegistry tables;
    private final ItemStore items;
    private final IndexStore indexes;

    ScanExecutor(SqliteDatabase database, TableRegistry tables, ItemStore items, IndexStore indexes) {
        this.database = database;
        this.tables = tables;
        this.items = items;
        this.indexes = indexes;
    }

    QueryResult run(ScanRequest request) {
        RequestExpressions expressions = RequestExpressions.prepare(new RequestExpressions.Texts(null,
                request.filterExpression(), null, null, request.projectionExpression()), request.expressionAttributes());
        Select select = Select.resolve(request.select(), request.projectionExpression() != null, request.indexName());
        return database.transaction("Scan on " + request.tableName(), () -> {
            StoredTable table = tables.require(request.tableName());
            if (request.indexName() != null) {
                IndexReads reads = IndexReads.of(table, request.indexName(), request.consistentRead(), select);
                IndexPosition start = request.exclusiveStartKey() == null ? null
                        : reads.startAfter(request.exclusiveStartKey());
                PageReader.Source<IndexPosition> source = (after, limit) -> reads.rows(
                        indexes.scan(table.id(), reads.index().indexName(), after, limit), items);
                return PageReader.read(source, start, request.limit(),
                        segment(request, row -> row.position().indexKey().partition()),
                        new PageReader.Shape(expressions.filter(), expressions.projection(), reads.view(),
                                select == Select.COUNT, reads.lastKey()));
            }
            KeySchema schema = new KeySchema(table.definition());
            EncodedKey start = null;
            if (request.exclusiveStartKey() != null) {
                try {
                    start = schema.encode(schema.requireKey(request.exclusiveStartKey()));
                } catch (ValidationException e) {
                    throw new ValidationException("The provided starting key is invalid: " + e.getMessage());
                }
            }
            PageReader.Source<EncodedKey> source = (after, limit) -> items.scan(table.id(), after, limit).stream()
                    .map(stored -> new PageReader.Row<>(stored.key(), stored.item())).toList();
            return PageReader.read(source, start, request.limit(), segment(request, row -> row.position().partition()),
                    new PageReader.Shape(expressions.filter(), expressions.projection(), UnaryOperator.identity(),
                            select == Select.COUNT, schema::keyOfItem));
        });
    }

    private static <P> Predicate<PageReader.Row<P>> segment(ScanRequest request,
                                                            java.util.function.Function<PageReader.Row<P>, byte[]> partition) {
        if (request.totalSegments() == null) {
            return row -> true;
        }
        int segments = request.totalSegments();
        int segment = request.segment();
        return row -> Math.floorMod(Arrays.hashCode(partition.apply(row)), segments) == segment;
    }
}
