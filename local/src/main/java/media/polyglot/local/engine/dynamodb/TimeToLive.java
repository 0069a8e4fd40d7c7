package media.polyglot.local.engine.dynamodb;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import media.polyglot.local.engine.dynamodb.sqlite.ItemStore;
import media.polyglot.local.engine.dynamodb.sqlite.SqliteDatabase;
import media.polyglot.local.engine.dynamodb.sqlite.StoredItem;
import media.polyglot.local.engine.dynamodb.sqlite.StoredTable;
import media.polyglot.local.engine.dynamodb.value.AttributeValue;
import media.polyglot.local.engine.dynamodb.value.Item;
import media.polyglot.local.engine.dynamodb.value.NumberValue;

/**
 * Time to live: UpdateTimeToLive and DescribeTimeToLive, and the sweep that deletes expired items.
 * An item expires when its TTL attribute is a Number of epoch seconds below the current time; an
 * item without it, or with another type, never expires ("Time to Live (TTL)" in the Developer
 * Guide). Each deletion is its own transaction, with a stream record naming the service.
 */
final class TimeToLive {

    private static final int SWEEP_BATCH = 500;

    private final SqliteDatabase database;
    private final TableRegistry tables;
    private final ItemStore items;
    private final ItemChanges changes;
    private final EngineSettings settings;

    TimeToLive(SqliteDatabase database, TableRegistry tables, ItemStore items, ItemChanges changes,
               EngineSettings settings) {
        this.database = database;
        this.tables = tables;
        this.items = items;
        this.changes = changes;
        this.settings = settings;
    }

    /** Enables TTL on {@code attributeName}, or disables it; refused when it is already so. */
    TimeToLiveDescription update(String tableName, String attributeName, boolean enabled) {
        TableDefinition.requireValidTableName(tableName);
        if (attributeName == null || attributeName.isEmpty() || attributeName.length() > 255) {
            throw new ValidationException("1 validation error detected: Value '" + attributeName + "' at "
                    + "'timeToLiveSpecification.attributeName' failed to satisfy constraint: Member must have length "
                    + "between 1 and 255");
        }
        try {
            return database.transaction("UpdateTimeToLive " + tableName, () -> {
                StoredTable table = tables.require(tableName);
                String current = table.definition().ttlAttributeName();
                if (enabled && current != null) {
                    throw new ValidationException("TimeToLive is already enabled");
                }
                if (!enabled && current == null) {
                    throw new ValidationException("TimeToLive is already disabled");
                }
                tables.update(table, table.definition().withTimeToLive(enabled ? attributeName : null));
                return new TimeToLiveDescription(enabled, enabled ? attributeName : null);
            });
        } finally {
            tables.forget(tableName);
        }
    }

    TimeToLiveDescription describe(String tableName) {
        TableDefinition.requireValidTableName(tableName);
        return database.transaction("DescribeTimeToLive " + tableName, () -> {
            String attribute = tables.require(tableName).definition().ttlAttributeName();
            return new TimeToLiveDescription(attribute != null, attribute);
        });
    }

    /** Deletes every expired item of every table with TTL enabled, as of the engine's clock; returns how many. */
    int sweep() {
        Instant now = settings.clock().instant();
        BigDecimal nowSeconds = BigDecimal.valueOf(now.toEpochMilli(), 3);
        int deleted = 0;
        List<StoredTable> withTimeToLive = database.transaction("TTL sweep", () -> tables.all().stream()
                .filter(table -> table.definition().ttlAttributeName() != null).toList());
        for (StoredTable table : withTimeToLive) {
            String attribute = table.definition().ttlAttributeName();
            List<StoredItem> candidates = database.transaction("TTL sweep of " + table.name(),
                    () -> items.withNumberBelow(table.id(), attribute, now.getEpochSecond() + 1, SWEEP_BATCH));
            for (StoredItem candidate : candidates) {
                if (isExpired(candidate.item(), attribute, nowSeconds)) {
                    deleted += deleteIfStillExpired(table.name(), candidate, attribute, nowSeconds) ? 1 : 0;
                }
            }
        }
        return deleted;
    }

    private boolean deleteIfStillExpired(String tableName, StoredItem candidate, String attribute, BigDecimal nowSeconds) {
        try {
            return database.transaction("TTL deletion in " + tableName, () -> {
                Optional<StoredTable> table = tables.find(tableName);
                if (table.isEmpty() || !attribute.equals(table.get().definition().ttlAttributeName())) {
                    return false;
                }
                Optional<Item> current = items.get(table.get().id(), candidate.key());
                if (current.isEmpty() || !isExpired(current.get(), attribute, nowSeconds)) {
                    return false;
                }
                Item keys = new KeySchema(table.get().definition()).keyOfItem(current.get());
                changes.expire(table.get(), candidate.key(), keys, current.get());
                return true;
            });
        } catch (RuntimeException e) {
            throw new IllegalStateException("The TTL sweep could not delete an expired item of table " + tableName, e);
        }
    }

    private static boolean isExpired(Item item, String attribute, BigDecimal nowSeconds) {
        Optional<AttributeValue> value = item.get(attribute);
        return value.isPresent() && value.get() instanceof NumberValue number && number.decimal().compareTo(nowSeconds) < 0;
    }
}
