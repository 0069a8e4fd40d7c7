package media.polyglot.local.engine.dynamodb;

import java.util.Arrays;
import java.util.function.Predicate;
import media.polyglot.local.engine.dynamodb.sqlite.EncodedKey;
import media.polyglot.local.engine.dynamodb.sqlite.ItemStore;
import media.polyglot.local.engine.dynamodb.sqlite.SqliteDatabase;
import media.polyglot.local.engine.dynamodb.sqlite.StoredItem;
import media.polyglot.local.engine.dynamodb.sqlite.StoredTable;

/**
 * Scan: the table's items in stored key order, a page at a time. A parallel scan's segment holds
 * the partitions whose key hashes to it, so every item belongs to exactly one segment.
 */
final class ScanExecutor {

    private final SqliteDatabase database;
    private final TableRegistry tables;
    private final ItemStore items;

    ScanExecutor(SqliteDatabase database, TableRegistry tables, ItemStore items) {
        this.database = database;
        this.tables = tables;
        this.items = items;
    }

    QueryResult run(ScanRequest request) {
        RequestExpressions expressions = RequestExpressions.prepare(new RequestExpressions.Texts(null,
                request.filterExpression(), null, null, request.projectionExpression()), request.expressionAttributes());
        Select select = Select.resolve(request.select(), request.projectionExpression() != null, null);
        return database.transaction("Scan on " + request.tableName(), () -> {
            StoredTable table = tables.require(request.tableName());
            KeySchema schema = new KeySchema(table.definition());
            EncodedKey start = null;
            if (request.exclusiveStartKey() != null) {
                try {
                    start = schema.encode(schema.requireKey(request.exclusiveStartKey()));
                } catch (ValidationException e) {
                    throw new ValidationException("The provided starting key is invalid: " + e.getMessage());
                }
            }
            return PageReader.read((after, limit) -> items.scan(table.id(), after, limit), start, request.limit(),
                    segment(request), new PageReader.Shape(expressions.filter(), expressions.projection(),
                            select == Select.COUNT), schema);
        });
    }

    private static Predicate<StoredItem> segment(ScanRequest request) {
        if (request.totalSegments() == null) {
            return stored -> true;
        }
        int segments = request.totalSegments();
        int segment = request.segment();
        return stored -> Math.floorMod(Arrays.hashCode(stored.key().partition()), segments) == segment;
    }
}
