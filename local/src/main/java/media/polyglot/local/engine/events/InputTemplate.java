package media.polyglot.local.engine.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Fills an input transformer's template: each {@code <name>} becomes the value its path read. As
 * EventBridge documents it, a placeholder inside a JSON string literal takes the value's text;
 * elsewhere in a JSON template it takes the value as JSON (a string gets its quotes). In a
 * template that is not JSON, values go in as text.
 */
final class InputTemplate {

    private InputTemplate() {
    }

    static String fill(String template, Map<String, JsonNode> values) {
        boolean json = template.startsWith("{") || template.startsWith("[");
        StringBuilder out = new StringBuilder(template.length() + 64);
        boolean inString = false;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '\\' && i + 1 < template.length()) {
                out.append(c).append(template.charAt(++i));
                continue;
            }
            if (c == '"') {
                inString = !inString;
            }
            int close = c == '<' ? template.indexOf('>', i) : -1;
            String name = close > i ? template.substring(i + 1, close) : null;
            if (name != null && values.containsKey(name)) {
                out.append(render(values.get(name), json && !inString, inString));
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String render(JsonNode value, boolean asJson, boolean inString) {
        if (value == null || value.isNull()) {
            return asJson ? "null" : "";
        }
        if (asJson || !value.isTextual()) {
            return value.toString();
        }
        String text = value.asText();
        return inString ? text.replace("\\", "\\\\").replace("\"", "\\\"") : text;
    }
}
