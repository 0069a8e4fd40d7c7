package media.polyglot.events;

import java.util.List;
import java.util.Objects;

/**
 * The presence checks of the event records' compact constructors. A failure names the event, the
 * field and the rule, for example {@code ContentSubmitted.contentId is required}. Value rules
 * (patterns, lengths) live in the schemas, which producers validate against before publishing.
 */
public final class Require {

    private Require() {
    }

    /** {@code value}, or an exception if it is null or blank. */
    public static String text(String event, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(event + "." + field + " is required");
        }
        return value;
    }

    /** {@code value}, or an exception if it is null. */
    public static <T> T present(String event, String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(event + "." + field + " is required");
        }
        return value;
    }

    /** An immutable copy of {@code values}, or an exception if the list is null or holds a null. */
    public static <T> List<T> list(String event, String field, List<T> values) {
        present(event, field, values);
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(event + "." + field + " must not contain null");
        }
        return List.copyOf(values);
    }

    /** {@code value}, or an exception if it is below {@code minimum}. */
    public static int atLeast(String event, String field, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(event + "." + field + " must be " + minimum + " or more, was " + value);
        }
        return value;
    }
}
