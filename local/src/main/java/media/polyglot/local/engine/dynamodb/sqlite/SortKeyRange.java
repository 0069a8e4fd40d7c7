package media.polyglot.local.engine.dynamodb.sqlite;

import java.util.Arrays;

/**
 * Which encoded sort keys a query reads: between two optional bounds, each inclusive or not.
 *
 * @param lower null for no lower bound
 * @param upper null for no upper bound
 */
public record SortKeyRange(Bound lower, Bound upper) {

    /** Every sort key of the partition. */
    public static final SortKeyRange ALL = new SortKeyRange(null, null);

    /** One end of the range. */
    public record Bound(byte[] key, boolean inclusive) {

        public Bound {
            key = key.clone();
        }

        @Override
        public byte[] key() {
            return key.clone();
        }
    }

    public static SortKeyRange exactly(byte[] key) {
        return new SortKeyRange(new Bound(key, true), new Bound(key, true));
    }

    /**
     * This range narrowed to the keys a page starting after {@code key} reads: the keys above it
     * when reading forward, below it when reading backward.
     */
    public SortKeyRange after(byte[] key, boolean forward) {
        Bound start = new Bound(key, false);
        if (forward) {
            return new SortKeyRange(lower == null || Arrays.compareUnsigned(key, lower.key) >= 0 ? start : lower, upper);
        }
        return new SortKeyRange(lower, upper == null || Arrays.compareUnsigned(key, upper.key) <= 0 ? start : upper);
    }
}
