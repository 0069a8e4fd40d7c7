package media.polyglot.local.engine.dynamodb;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import media.polyglot.local.engine.dynamodb.expression.DocumentPath;
import media.polyglot.local.engine.dynamodb.sqlite.EncodedKey;
import media.polyglot.local.engine.dynamodb.sqlite.StoredItem;
import media.polyglot.local.engine.dynamodb.value.Item;
import media.polyglot.local.engine.dynamodb.value.ItemSize;

/**
 * Reads one page of a Query or Scan the way DynamoDB does: items in order until Limit items were
 * read or 1 MB of them, then the filter (so filtered-out items still count in ScannedCount and
 * toward the limit), then the projection ("Paginating table query results" in the Developer Guide).
 */
final class PageReader {

    /** The most data one Query or Scan page reads. */
    static final int MAX_PAGE_BYTES = 1024 * 1024;

    private static final int BATCH = 256;

    /** Where the items come from: the next ones after a stored key ({@code null}: from the start). */
    @FunctionalInterface
    interface Source {
        List<StoredItem> after(EncodedKey after, int limit) throws SQLException;
    }

    /** What to do with the items read. */
    record Shape(PreparedCondition filter, List<DocumentPath> projection, boolean countOnly) {
    }

    private PageReader() {
    }

    /**
     * @param start   the stored key to read after, or null
     * @param limit   null for no limit but the 1 MB
     * @param inScope which items belong to the read at all (a parallel scan's segment); others are skipped
     */
    static QueryResult read(Source source, EncodedKey start, Integer limit, Predicate<StoredItem> inScope, Shape shape,
                            KeySchema schema) throws SQLException {
        int max = limit == null ? Integer.MAX_VALUE : limit;
        List<Item> matched = new ArrayList<>();
        int count = 0;
        int scanned = 0;
        long bytes = 0;
        EncodedKey position = start;
        while (true) {
            List<StoredItem> batch = source.after(position, BATCH);
            for (StoredItem stored : batch) {
                position = stored.key();
                if (!inScope.test(stored)) {
                    continue;
                }
                scanned++;
                bytes += ItemSize.of(stored.item());
                if (shape.filter().holdsFor(stored.item())) {
                    count++;
                    if (!shape.countOnly()) {
                        matched.add(ItemAccess.project(stored.item(), shape.projection()));
                    }
                }
                if (scanned == max || bytes >= MAX_PAGE_BYTES) {
                    return new QueryResult(matched, count, scanned, schema.keyOfItem(stored.item()));
                }
            }
            if (batch.size() < BATCH) {
                return new QueryResult(matched, count, scanned, null);
            }
        }
    }
}
