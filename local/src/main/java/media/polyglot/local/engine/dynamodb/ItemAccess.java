package media.polyglot.local.engine.dynamodb;

import java.util.List;
import java.util.Optional;
import media.polyglot.local.engine.dynamodb.expression.DocumentPath;
import media.polyglot.local.engine.dynamodb.expression.Projector;
import media.polyglot.local.engine.dynamodb.sqlite.ItemStore;
import media.polyglot.local.engine.dynamodb.sqlite.SqliteDatabase;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * PutItem, GetItem and DeleteItem: one item, read, or conditionally written with its stream record
 * in one transaction.
 */
final class ItemAccess {

    private final SqliteDatabase database;
    private final TableRegistry tables;
    private final ItemStore items;
    private final ItemChanges changes;

    ItemAccess(SqliteDatabase database, TableRegistry tables, ItemStore items, ItemChanges changes) {
        this.database = database;
        this.tables = tables;
        this.items = items;
        this.changes = changes;
    }

    /** Writes the item when its condition holds; returns the item it replaced. */
    Optional<Item> put(PutItemRequest request) {
        PreparedCondition condition = PreparedCondition.prepare(request.conditionExpression(), request.expressionAttributes());
        return database.transaction("PutItem on " + request.tableName(), () -> {
            LocatedItem located = LocatedItem.ofItem(tables.require(request.tableName()), request.item(), items);
            requireCondition(condition, located, request.returnOldItemOnConditionFailure());
            changes.put(located.table(), located.key(), located.keys(), located.current(), request.item());
            return Optional.ofNullable(located.current());
        });
    }

    Optional<Item> get(GetItemRequest request) {
        RequestExpressions expressions = RequestExpressions.prepare(
                new RequestExpressions.Texts(null, null, null, null, request.projectionExpression()),
                request.expressionAttributes());
        return database.transaction("GetItem on " + request.tableName(), () -> {
            Item current = LocatedItem.byKey(tables.require(request.tableName()), request.key(), items).current();
            return Optional.ofNullable(current).map(item -> project(item, expressions.projection()));
        });
    }

    /** Deletes the item when its condition holds; returns it when asked to. */
    Optional<Item> delete(DeleteItemRequest request) {
        PreparedCondition condition = PreparedCondition.prepare(request.conditionExpression(), request.expressionAttributes());
        return database.transaction("DeleteItem on " + request.tableName(), () -> {
            LocatedItem located = LocatedItem.byKey(tables.require(request.tableName()), request.key(), items);
            requireCondition(condition, located, request.returnOldItemOnConditionFailure());
            changes.delete(located.table(), located.key(), located.keys(), located.current());
            return request.returnValues().select(located.current(), null, List.of());
        });
    }

    static void requireCondition(PreparedCondition condition, LocatedItem located, boolean returnOld) {
        if (!condition.holdsFor(located.current())) {
            throw new ConditionalCheckFailedException(returnOld ? located.current() : null);
        }
    }

    static Item project(Item item, List<DocumentPath> projection) {
        return projection == null ? item : Projector.project(item, projection);
    }
}
