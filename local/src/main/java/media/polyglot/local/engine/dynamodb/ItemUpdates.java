package media.polyglot.local.engine.dynamodb;

import java.util.List;
import java.util.Optional;
import media.polyglot.local.engine.dynamodb.expression.DocumentPath;
import media.polyglot.local.engine.dynamodb.expression.PreparedUpdate;
import media.polyglot.local.engine.dynamodb.sqlite.ItemStore;
import media.polyglot.local.engine.dynamodb.sqlite.SqliteDatabase;
import media.polyglot.local.engine.dynamodb.value.Item;
import media.polyglot.local.engine.dynamodb.value.ItemSize;

/**
 * UpdateItem: reads the item (or starts from its key when there is none), checks the condition,
 * applies the update expression and writes the result with its stream record, in one transaction.
 */
final class ItemUpdates {

    private final SqliteDatabase database;
    private final TableRegistry tables;
    private final ItemStore items;
    private final ItemChanges changes;

    ItemUpdates(SqliteDatabase database, TableRegistry tables, ItemStore items, ItemChanges changes) {
        this.database = database;
        this.tables = tables;
        this.items = items;
        this.changes = changes;
    }

    Optional<Item> update(UpdateItemRequest request) {
        RequestExpressions expressions = RequestExpressions.prepare(new RequestExpressions.Texts(
                request.conditionExpression(), null, null, request.updateExpression(), null), request.expressionAttributes());
        return database.transaction("UpdateItem on " + request.tableName(), () -> {
            LocatedItem located = LocatedItem.byKey(tables.require(request.tableName()), request.key(), items);
            requireNoKeyAttribute(located.table().definition(), expressions.update());
            ItemAccess.requireCondition(expressions.condition(), located, request.returnOldItemOnConditionFailure());
            Item updated = updated(located, expressions.update());
            changes.put(located.table(), located.key(), located.keys(), located.current(), updated);
            List<DocumentPath> paths = expressions.update() == null ? List.of() : expressions.update().paths();
            return request.returnValues().select(located.current(), updated, paths);
        });
    }

    /** An update may not write a key attribute, whatever the item holds. */
    static void requireNoKeyAttribute(TableDefinition definition, PreparedUpdate update) {
        if (update == null) {
            return;
        }
        for (DocumentPath path : update.paths()) {
            String name = path.topLevelName();
            if (name.equals(definition.partitionKey().name())
                    || (definition.sortKey() != null && name.equals(definition.sortKey().name()))) {
                throw new ValidationException("One or more parameter values were invalid: Cannot update attribute " + name
                        + ". This attribute is part of the key");
            }
        }
    }

    /**
     * The item as the update leaves it, within the item size limit.
     *
     * @param update null for an UpdateItem without an update expression
     */
    static Item updated(LocatedItem located, PreparedUpdate update) {
        Item before = located.current() == null ? located.keys() : located.current();
        if (update == null) {
            return before;
        }
        TableDefinition definition = located.table().definition();
        Item after = update.apply(before);
        if (ItemSize.of(after) > ItemSize.MAX_ITEM_BYTES) {
            throw new ValidationException("Item size to update has exceeded the maximum allowed size of 400 KB in table "
                    + definition.tableName());
        }
        return after;
    }
}
