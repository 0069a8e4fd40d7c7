package media.polyglot.local.engine.dynamodb;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /** An action with its item located. */
    private record Resolved(TransactWriteItem action, RequestExpressions expressions, LocatedItem located) {
    }

    private final SqliteDatabase database;
    private final TableRegistry tables;
    private final ItemStore items;
    private final ItemChanges changes;
    private final ClientRequestTokens tokens;

    TransactionExecutor(SqliteDatabase database, TableRegistry tables, ItemStore items, ItemChanges changes, Clock clock) {
        this.database = database;
        this.tables = tables;
        this.items = items;
        this.changes = changes;
        this.tokens = new ClientRequestTokens(clock);
    }

    /** @param clientRequestToken null when the call is not made idempotent */
    void run(List<TransactWriteItem> actions, String clientRequestToken) {
        if (actions.isEmpty() || actions.size() > MAX_ACTIONS) {
            throw new ValidationException("1 validation error detected: Value at 'transactItems' failed to satisfy "
                    + "constraint: Member must have length between 1 and 100, but has " + actions.size());
        }
        List<RequestExpressions> expressions = actions.stream().map(action -> RequestExpressions.prepare(
                new RequestExpressions.Texts(action.conditionExpression(), null, null,
                        action instanceof TransactWriteItem.Update update ? update.updateExpression() : null, null),
                action.expressionAttributes())).toList();
        database.transaction("TransactWriteItems", () -> {
            if (clientRequestToken != null && tokens.isRepeat(clientRequestToken, actions)) {
                return null;
            }
            List<Resolved> resolved = resolve(actions, expressions);
            List<CancellationReason> reasons = new ArrayList<>();
            boolean cancelled = false;
            for (Resolved action : resolved) {
                LocatedItem located = action.located();
                boolean holds = action.expressions().condition().holdsFor(located.current());
                cancelled |= !holds;
                reasons.add(holds ? CancellationReason.NONE : CancellationReason.conditionalCheckFailed(
                        action.action().returnOldItemOnConditionFailure() ? located.current() : null));
            }
            if (cancelled) {
                throw new TransactionCanceledException(reasons);
            }
            for (Resolved action : resolved) {
                apply(action);
            }
            if (clientRequestToken != null) {
                tokens.remember(clientRequestToken, actions);
            }
            return null;
        });
    }

    private List<Resolved> resolve(List<TransactWriteItem> actions, List<RequestExpressions> expressions)
            throws SQLException {
        List<Resolved> resolved = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (int i = 0; i < actions.size(); i++) {
            TransactWriteItem action = actions.get(i);
            StoredTable table = tables.require(action.tableName());
            LocatedItem located = action instanceof TransactWriteItem.Put put ? LocatedItem.ofItem(table, put.item(), items)
                    : LocatedItem.byKey(table, keyOf(action), items);
            ItemUpdates.requireNoKeyAttribute(table.definition(), expressions.get(i).update());
            if (!seen.add(List.of(table.id(), located.key()))) {
                throw new ValidationException("Transaction request cannot include multiple operations on one item: "
                        + AttributeValueJson.writeItem(located.keys()) + " in table " + table.name());
            }
            resolved.add(new Resolved(action, expressions.get(i), located));
        }
        return resolved;
    }

    private static Item keyOf(TransactWriteItem action) {
        if (action instanceof TransactWriteItem.Update update) {
            return update.key();
        }
        if (action instanceof TransactWriteItem.Delete delete) {
            return delete.key();
        }
        return ((TransactWriteItem.ConditionCheck) action).key();
    }

    private void apply(Resolved resolved) throws SQLException {
        LocatedItem located = resolved.located();
        if (resolved.action() instanceof TransactWriteItem.Put put) {
            changes.put(located.table(), located.key(), located.keys(), located.current(), put.item());
        } else if (resolved.action() instanceof TransactWriteItem.Update) {
            changes.put(located.table(), located.key(), located.keys(), located.current(),
                    ItemUpdates.updated(located, resolved.expressions().update()));
        } else if (resolved.action() instanceof TransactWriteItem.Delete) {
            changes.delete(located.table(), located.key(), located.keys(), located.current());
        }
    }
}
