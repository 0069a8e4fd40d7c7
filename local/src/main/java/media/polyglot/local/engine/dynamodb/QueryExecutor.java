package media.polyglot.local.engine.dynamodb;

import java.util.Arrays;
import media.polyglot.local.engine.dynamodb.sqlite.EncodedKey;
import media.polyglot.local.engine.dynamodb.sqlite.ItemStore;
import media.polyglot.local.engine.dynamodb.sqlite.KeyCodec;
import media.polyglot.local.engine.dynamodb.sqlite.SortKeyRange;
import media.polyglot.local.engine.dynamodb.sqlite.SqliteDatabase;
import media.polyglot.local.engine.dynamodb.sqlite.StoredTable;
import media.polyglot.local.engine.dynamodb.value.Item;

/** Query on a table's primary key: one partition, a sort key range, a direction, a page, a filter, a projection. */
final class QueryExecutor {

    private final SqliteDatabase database;
    private final TableRegistry tables;
    private final ItemStore items;

    QueryExecutor(SqliteDatabase database, TableRegistry tables, ItemStore items) {
        this.database = database;
        this.tables = tables;
        this.items = items;
    }

    QueryResult run(QueryRequest request) {
        RequestExpressions expressions = RequestExpressions.prepare(new RequestExpressions.Texts(null,
                request.filterExpression(), request.keyConditionExpression(), null, request.projectionExpression()),
                request.expressionAttributes());
        Select select = Select.resolve(request.select(), request.projectionExpression() != null, null);
        return database.transaction("Query on " + request.tableName(), () -> {
            StoredTable table = tables.require(request.tableName());
            KeySchema schema = new KeySchema(table.definition());
            KeyConditions.KeyQuery keyQuery = KeyConditions.analyze(expressions.keyCondition().condition(),
                    table.definition(), request.expressionAttributes());
            byte[] partition = KeyCodec.encode(keyQuery.partitionValue());
            SortKeyRange range = keyQuery.sortKeyRange();
            boolean forward = request.scanIndexForward();
            EncodedKey start = request.exclusiveStartKey() == null ? null
                    : startKey(schema, request.exclusiveStartKey(), partition);
            PageReader.Source source = (after, limit) -> items.query(table.id(), partition,
                    after == null ? range : range.after(after.sort(), forward), forward, limit);
            return PageReader.read(source, start, request.limit(), stored -> true,
                    new PageReader.Shape(expressions.filter(), expressions.projection(), select == Select.COUNT), schema);
        });
    }

    /** The stored key to continue after, once the start key is known to be a key of the queried partition. */
    private static EncodedKey startKey(KeySchema schema, Item exclusiveStartKey,
                                       byte[] partition) {
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
