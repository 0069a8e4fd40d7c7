package media.polyglot.events.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares the published form of one schema version with its current form, field by field
 * (through nested objects and array items), and lists every change that breaks a {@link Rule}.
 * Adding an optional field, widening a type or an enum, or loosening a bound breaks nothing.
 */
public final class SchemaComparison {

    private final String subject;
    private final List<Break> breaks = new ArrayList<>();

    private SchemaComparison(String subject) {
        this.subject = subject;
    }

    /** Every breaking change from {@code published} to {@code current}, in document order. */
    public static List<Break> compare(String subject, JsonNode published, JsonNode current) {
        SchemaComparison comparison = new SchemaComparison(subject);
        comparison.compareNode("", published, current);
        return List.copyOf(comparison.breaks);
    }

    private void compareNode(String path, JsonNode published, JsonNode current) {
        if (!compareTypes(path, published, current)) {
            return;
        }
        new Narrowing(published, current).changes()
                .forEach(change -> breaks.add(new Break(subject, path, change, Rule.NARROWED)));
        compareProperties(path, published, current);
        if (published.has("items") && current.has("items")) {
            compareNode(path + "[]", published.get("items"), current.get("items"));
        }
    }

    /** False when the type changed outright, so nothing below it is worth comparing. */
    private boolean compareTypes(String path, JsonNode published, JsonNode current) {
        Set<String> before = types(published);
        Set<String> after = types(current);
        if (after.isEmpty()) {
            return true;
        }
        if (before.isEmpty()) {
            breaks.add(new Break(subject, path, "was restricted to type " + after, Rule.NARROWED));
            return true;
        }
        if (before.stream().noneMatch(type -> after.stream().anyMatch(other -> overlap(type, other)))) {
            breaks.add(new Break(subject, path, "changed type from " + name(before) + " to " + name(after),
                    Rule.CHANGED_TYPE));
            return false;
        }
        List<String> lost = before.stream().filter(type -> !accepts(after, type)).toList();
        if (!lost.isEmpty()) {
            breaks.add(new Break(subject, path, "no longer accepts type " + name(lost) + " (type " + name(before)
                    + " became " + name(after) + ")", Rule.NARROWED));
        }
        return true;
    }

    private void compareProperties(String path, JsonNode published, JsonNode current) {
        JsonNode before = published.path("properties");
        JsonNode after = current.path("properties");
        before.fieldNames().forEachRemaining(name -> {
            if (!after.has(name)) {
                breaks.add(new Break(subject, child(path, name), "was removed", Rule.REMOVED_FIELD));
            } else {
                compareNode(child(path, name), before.get(name), after.get(name));
            }
        });
        Set<String> required = strings(published.path("required"));
        for (String name : strings(current.path("required"))) {
            if (!required.contains(name)) {
                String change = before.has(name) ? "became required" : "was added as a required field";
                breaks.add(new Break(subject, child(path, name), change, Rule.NEW_REQUIRED_FIELD));
            }
        }
    }

    /** Whether some value has both types: the same type, or integer and number. */
    private static boolean overlap(String one, String other) {
        return one.equals(other) || Set.of(one, other).equals(Set.of("integer", "number"));
    }

    private static boolean accepts(Set<String> types, String type) {
        return types.contains(type) || ("integer".equals(type) && types.contains("number"));
    }

    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        return type.isTextual() ? Set.of(type.asText()) : strings(type);
    }

    static Set<String> strings(JsonNode array) {
        Set<String> values = new LinkedHashSet<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static String name(Collection<String> types) {
        return types.size() == 1 ? types.iterator().next() : types.toString();
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
