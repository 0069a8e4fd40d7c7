package media.polyglot.local.engine.dynamodb;

import java.util.Arrays;
import java.util.List;
import media.polyglot.local.engine.dynamodb.expression.ConditionParser;
import media.polyglot.local.engine.dynamodb.expression.LiteralChecks;
import media.polyglot.local.engine.dynamodb.expression.ParsedCondition;
import media.polyglot.local.engine.dynamodb.sqlite.EncodedKey;
import media.polyglot.local.engine.dynamodb.sqlite.ItemStore;
import media.polyglot.local.engine.dynamodb.sqlite.KeyCodec;
import media.polyglot.local.engine.dynamodb.sqlite.SortKeyRange;
import media.polyglot.local.engine.dynamodb.sqlite.SqliteDatabase;
import media.polyglot.local.engine.dynamodb.sqlite.StoredTable;
import media.polyglot.local.engine.dynamodb.value.Item;

/** Query on a table's primary key: one partition, a sort key range, a direction, a page. */
final class QueryExecutor {

    private static final String KIND = "KeyConditionExpression";

    private final SqliteDatabase database;
    private final TableRegistry tables;
    private final ItemStore items;

    QueryExecutor(SqliteDatabase database, TableRegistry tables, ItemStore items) {
        this.database = database;
        this.tables = tables;
        this.items = items;
    }

    QueryResult run(QueryRequest request) {
        ParsedCondition keyCondition = ConditionParser.parse(KIND, request.keyConditionExpression());
        request.expressionAttributes().verifyUsedExactlyBy(List.of(keyCondition));
        LiteralChecks.check(keyCondition, request.expressionAttributes());
        return database.transaction("Query on " + request.tableName(), () -> {
            StoredTable table = tables.require(request.tableName());
            KeySchema schema = new KeySchema(table.definition());
            KeyConditions.KeyQuery keyQuery =
                    KeyConditions.analyze(keyCondition.condition(), table.definition(), request.expressionAttributes());
            byte[] partition = KeyCodec.encode(keyQuery.partitionValue());
            SortKeyRange range = keyQuery.sortKeyRange();
            if (request.exclusiveStartKey() != null) {
                range = range.after(startSortKey(schema, request.exclusiveStartKey(), partition), request.scanIndexForward());
            }
            int limit = request.limit() == null ? Integer.MAX_VALUE : request.limit();
            List<Item> page = items.query(table.id(), partition, range, request.scanIndexForward(), limit);
            Item lastEvaluatedKey = page.size() == limit ? schema.keyOfItem(page.get(page.size() - 1)) : null;
            return new QueryResult(page, lastEvaluatedKey);
        });
    }

    /** The encoded sort key to continue after, once the start key is known to be a key of the queried partition. */
    private static byte[] startSortKey(KeySchema schema, Item exclusiveStartKey, byte[] partition) {
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
        return key.sort();
    }
}
