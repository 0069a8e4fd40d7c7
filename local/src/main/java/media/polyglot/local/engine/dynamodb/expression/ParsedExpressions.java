package media.polyglot.local.engine.dynamodb.expression;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Parsed expressions by their text. Applications send the same few expressions again and again
 * with other values, and a parse depends on the text alone (placeholders are resolved later,
 * against each request's own names and values), so each text is parsed once. Texts that fail to
 * parse are not kept: each such request gets its own ValidationException. Bounded: when full, the
 * cache starts over.
 */
public final class ParsedExpressions {

    private static final int CAPACITY = 4096;

    private record Key(String kind, String text) {
    }

    private static final Map<Key, ParsedExpression> PARSED = new ConcurrentHashMap<>();

    private ParsedExpressions() {
    }

    /** A condition, filter or key condition expression given as request parameter {@code kind}. */
    public static ParsedCondition condition(String kind, String text) {
        return cached(new Key(kind, text), () -> ConditionParser.parse(kind, text));
    }

    public static ParsedUpdate update(String text) {
        return cached(new Key(ParsedUpdate.KIND, text), () -> UpdateParser.parse(text));
    }

    public static ParsedProjection projection(String text) {
        return cached(new Key(ParsedProjection.KIND, text), () -> ProjectionParser.parse(text));
    }

    @SuppressWarnings("unchecked")
    private static <T extends ParsedExpression> T cached(Key key, Supplier<T> parse) {
        ParsedExpression known = PARSED.get(key);
        if (known != null) {
            return (T) known;
        }
        T parsed = parse.get();
        if (PARSED.size() >= CAPACITY) {
            PARSED.clear();
        }
        PARSED.put(key, parsed);
        return parsed;
    }
}
