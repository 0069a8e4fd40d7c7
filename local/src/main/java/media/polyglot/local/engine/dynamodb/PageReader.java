package media.polyglot.local.engine.dynamodb;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import media.polyglot.local.engine.dynamodb.expression.DocumentPath;
import media.polyglot.local.engine.dynamodb.value.Item;
import media.polyglot.local.engine.dynamodb.value.ItemSize;

/**
 * Reads one page of a Query or Scan, of a table or an index, the way DynamoDB does: items in order
 * until Limit items were read or 1 MB of them, then the filter (so filtered-out items still count
 * in ScannedCount and toward the limit), then the projection ("Paginating table query results" in
 * the Developer Guide).
 */
final class PageReader {

    /** The most data one Query or Scan page reads. */
    static final int MAX_PAGE_BYTES = 1024 * 1024;

    private static final int BATCH = 256;

    /** One item read, at its position ({@code P}: a table key, or an index entry's position). */
    record Row<P>(P position, Item item) {
    }

    /** Where the items come from: the next ones after a position ({@code null}: from the start). */
    @FunctionalInterface
    interface Source<P> {
        List<Row<P>> after(P after, int limit) throws SQLException;
    }

    /**
     * What to do with the items read.
     *
     * @param projection null when there is no ProjectionExpression
     * @param view       what a matched item returns without a ProjectionExpression (an index's projection)
     * @param lastKey    the LastEvaluatedKey of a page that stops at an item
     */
    record Shape(PreparedCondition filter, List<DocumentPath> projection, UnaryOperator<Item> view, boolean countOnly,
                 UnaryOperator<Item> lastKey) {
    }

    private PageReader() {
    }

    /**
     * @param start   the position to read after, or null
     * @param limit   null for no limit but the 1 MB
     * @param inScope which items belong to the read at all (a parallel scan's segment); others are skipped
     */
    static <P> QueryResult read(Source<P> source, P start, Integer limit, Predicate<Row<P>> inScope, Shape shape)
            throws SQLException {
        int max = limit == null ? Integer.MAX_VALUE : limit;
        List<Item> matched = new ArrayList<>();
        int count = 0;
        int scanned = 0;
        long bytes = 0;
        P position = start;
        while (true) {
            List<Row<P>> batch = source.after(position, BATCH);
            for (Row<P> row : batch) {
                position = row.position();
                if (!inScope.test(row)) {
                    continue;
                }
                scanned++;
                bytes += ItemSize.of(row.item());
                if (shape.filter().holdsFor(row.item())) {
                    count++;
                    if (!shape.countOnly()) {
                        matched.add(shape.projection() == null ? shape.view().apply(row.item())
                                : ItemAccess.project(row.item(), shape.projection()));
                    }
                }
                if (scanned == max || bytes >= MAX_PAGE_BYTES) {
                    return new QueryResult(matched, count, scanned, shape.lastKey().apply(row.item()));
                }
            }
            if (batch.size() < BATCH) {
                return new QueryResult(matched, count, scanned, null);
            }
        }
    }
}
