package media.polyglot.events.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The ways one field's schema can come to accept fewer values than its published form did:
 * an enum losing values, a new const, a tighter bound, a new or changed pattern or format, items
 * that must now be unique, properties no longer open.
 */
final class Narrowing {

    private static final List<String> UPPER_BOUNDS = List.of("maxLength", "maxItems", "maximum", "exclusiveMaximum");
    private static final List<String> LOWER_BOUNDS = List.of("minLength", "minItems", "minimum", "exclusiveMinimum");

    private final JsonNode published;
    private final JsonNode current;
    private final List<String> changes = new ArrayList<>();

    Narrowing(JsonNode published, JsonNode current) {
        this.published = published;
        this.current = current;
    }

    /** Each narrowing in words, for example {@code maxLength lowered from 300 to 200}. */
    List<String> changes() {
        enumValues();
        constant();
        UPPER_BOUNDS.forEach(keyword -> bound(keyword, -1, "lowered"));
        LOWER_BOUNDS.forEach(keyword -> bound(keyword, 1, "raised"));
        sameText("pattern");
        sameText("format");
        if (current.path("uniqueItems").asBoolean(false) && !published.path("uniqueItems").asBoolean(false)) {
            changes.add("now requires unique items");
        }
        if (current.path("additionalProperties").isBoolean() && !current.path("additionalProperties").asBoolean()
                && !(published.path("additionalProperties").isBoolean() && !published.path("additionalProperties").asBoolean())) {
            changes.add("no longer accepts additional properties");
        }
        return changes;
    }

    private void enumValues() {
        if (!current.has("enum")) {
            return;
        }
        if (!published.has("enum")) {
            changes.add("was restricted to enum " + current.get("enum"));
            return;
        }
        Set<String> now = SchemaComparison.strings(current.get("enum"));
        List<String> lost = SchemaComparison.strings(published.get("enum")).stream()
                .filter(value -> !now.contains(value)).toList();
        if (!lost.isEmpty()) {
            changes.add("enum lost " + lost);
        }
    }

    private void constant() {
        if (current.has("const") && !current.get("const").equals(published.get("const"))) {
            changes.add("was restricted to const " + current.get("const"));
        }
    }

    /** {@code direction} -1: a lower value is tighter; 1: a higher value is tighter. */
    private void bound(String keyword, int direction, String verb) {
        JsonNode after = current.get(keyword);
        if (after == null || !after.isNumber()) {
            return;
        }
        JsonNode before = published.get(keyword);
        if (before == null || !before.isNumber()) {
            changes.add("gained " + keyword + " " + after);
        } else if (Double.compare(after.asDouble(), before.asDouble()) == direction) {
            changes.add(keyword + " " + verb + " from " + before + " to " + after);
        }
    }

    private void sameText(String keyword) {
        JsonNode after = current.get(keyword);
        if (after == null) {
            return;
        }
        JsonNode before = published.get(keyword);
        if (before == null) {
            changes.add("gained " + keyword + " " + after);
        } else if (!before.equals(after)) {
            changes.add(keyword + " changed from " + before + " to " + after);
        }
    }
}
