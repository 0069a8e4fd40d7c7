package media.polyglot.audit;

import java.util.Map;

/**
 * The parameters of {@code GET /stream}: {@code after}, the position to read after (0, the default, reads from the
 * start), and {@code limit}, 1 to 100 events (50 by default).
 *
 * @param after the last position the reader has
 * @param limit how many events at most
 */
record StreamQuery(long after, int limit) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 100;

    StreamQuery {
        if (after < 0) {
            throw new IllegalArgumentException("after must be a position, 0 or more, was " + after);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", was " + limit);
        }
    }

    /** @throws IllegalArgumentException naming the parameter and what it must be */
    static StreamQuery of(Map<String, String> parameters) {
        Map<String, String> given = parameters == null ? Map.of() : parameters;
        return new StreamQuery(number(given, "after", 0), (int) number(given, "limit", DEFAULT_LIMIT));
    }

    private static long number(Map<String, String> parameters, String name, long fallback) {
        String value = parameters.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'");
        }
    }
}
