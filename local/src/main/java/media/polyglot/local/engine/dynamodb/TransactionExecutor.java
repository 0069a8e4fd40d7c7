package media.polyglot.local.engine.dynamodb;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import media.polyglot.local.engine.dynamodb.sqlite.EncodedKey;
import media.polyglot.local.engine.dynamodb.sqlite.ItemStore;
import media.polyglot.local.engine.dynamodb.sqlite.SqliteDatabase;
import media.polyglot.local.engine.dynamodb.sqlite.StoredTable;
import media.polyglot.local.engine.dynamodb.value.AttributeValueJson;
import media.polyglot.local.engine.dynamodb.value.Item;

/**
 * TransactWriteItems: every condition is checked against the items as they were before the
 * transaction, and then either every action applies, with its stream records, in one SQLite
 * transaction, or none does and the caller gets one cancellation reason per action.
 */
final class TransactionExecutor {

    private static final int MAX_ACTIONS = 100;

    /** An action with its table, key and current item resolved. */
    private record Resolved(TransactWriteItem action, StoredTable table, Item keys, EncodedKey key, Item current) {
    }

    private final SqliteDatabase database;
    private final TableRegistry tables;
    private final ItemStore items;
    private final ItemChanges changes;

    TransactionExecutor(SqliteDatabase database, TableRegistry tables, ItemStore items, ItemChanges changes) {
        this.database = database;
        this.tables = tables;
        this.items = items;
        this.changes = changes;
    }

    void run(List<TransactWriteItem> actions) {
        if (actions.isEmpty() || actions.size() > MAX_ACTIONS) {
            throw new ValidationException("1 validation error detected: Value at 'transactItems' failed to satisfy "
                    + "constraint: Member must have length between 1 and 100, but has " + actions.size());
        }
        List<PreparedCondition> conditions = actions.stream()
                .map(action -> PreparedCondition.prepare(action.conditionExpression(), action.expressionAttributes()))
                .toList();
        database.transaction("TransactWriteItems", () -> {
            List<Resolved> resolved = resolve(actions);
            List<CancellationReason> reasons = new ArrayList<>();
            boolean cancelled = false;
            for (int i = 0; i < resolved.size(); i++) {
                Resolved action = resolved.get(i);
                boolean holds = conditions.get(i).holdsFor(action.current());
                cancelled |= !holds;
                reasons.add(holds ? CancellationReason.NONE : CancellationReason.conditionalCheckFailed(
                        action.action().returnOldItemOnConditionFailure() ? action.current() : null));
            }
            if (cancelled) {
                throw new TransactionCanceledException(reasons);
            }
            for (Resolved action : resolved) {
                apply(action);
            }
            return null;
        });
    }

    private List<Resolved> resolve(List<TransactWriteItem> actions) throws SQLException {
        List<Resolved> resolved = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (TransactWriteItem action : actions) {
            StoredTable table = tables.require(action.tableName());
            KeySchema schema = new KeySchema(table.definition());
            Item keys = action instanceof TransactWriteItem.Put put ? schema.keyOfItem(put.item())
                    : schema.requireKey(action instanceof TransactWriteItem.Delete delete ? delete.key()
                            : ((TransactWriteItem.ConditionCheck) action).key());
            EncodedKey key = schema.encode(keys);
            if (!seen.add(List.of(table.id(), key))) {
                throw new ValidationException("Transaction request cannot include multiple operations on one item: "
                        + AttributeValueJson.writeItem(keys) + " in table " + table.name());
            }
            resolved.add(new Resolved(action, table, keys, key, items.get(table.id(), key).orElse(null)));
        }
        return resolved;
    }

    private void apply(Resolved resolved) throws SQLException {
        if (resolved.action() instanceof TransactWriteItem.Put put) {
            changes.put(resolved.table(), resolved.key(), resolved.keys(), resolved.current(), put.item());
        } else if (resolved.action() instanceof TransactWriteItem.Delete) {
            changes.delete(resolved.table(), resolved.key(), resolved.keys(), resolved.current());
        }
    }
}
