package media.polyglot.local.engine.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON paths EventBridge accepts in InputPath and InputPathsMap: {@code $}, dot notation and
 * array indices ({@code $.detail.items[0].id}), names with dashes, underscores and slashes.
 */
public record JsonPath(String expression, List<Object> steps) {

    private static final Pattern STEP = Pattern.compile("\\.([A-Za-z0-9_\\-/]+)|\\[(\\d+)]");

    public JsonPath {
        steps = List.copyOf(steps);
    }

    public static JsonPath parse(String expression) {
        if (expression == null || !expression.startsWith("$")) {
            throw new InvalidTargetException("JSON path " + expression + " must start with $");
        }
        List<Object> steps = new ArrayList<>();
        Matcher matcher = STEP.matcher(expression);
        int position = 1;
        while (position < expression.length()) {
            if (!matcher.find(position) || matcher.start() != position) {
                throw new InvalidTargetException("JSON path " + expression + " is not valid at character " + position
                        + ": EventBridge takes dot notation and array indices");
            }
            steps.add(matcher.group(1) != null ? matcher.group(1) : Integer.valueOf(matcher.group(2)));
            position = matcher.end();
        }
        return new JsonPath(expression, steps);
    }

    /** The value at this path, or null when the event has none there. */
    public JsonNode read(JsonNode root) {
        JsonNode node = root;
        for (Object step : steps) {
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
            if (node == null) {
                return null;
            }
        }
        return node;
    }
}
