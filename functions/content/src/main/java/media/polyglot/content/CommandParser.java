package media.polyglot.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import media.polyglot.events.EventJson;

/** Turns a request body into a command, or refuses it with a reason a client can act on. */
final class CommandParser {

    private CommandParser() {
    }

    static SubmitContentCommand submitContent(String body) {
        JsonNode json = parse(body);
        return new SubmitContentCommand(text(json, "title"), text(json, "body"), text(json, "language"),
                text(json, "category"), textList(json, "targetLanguages"));
    }

    /** The optional text {@code field} of a body that may also be empty (a withdrawal's reason, a change note). */
    static String optionalText(String body, String field) {
        return body == null || body.isBlank() ? null : text(parse(body), field);
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode json = EventJson.mapper().readTree(body);
            if (json == null || !json.isObject()) {
                throw new InvalidCommandException("the body must be a JSON object");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new InvalidCommandException("the body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidCommandException(field + " must be a string, was " + value.getNodeType());
        }
        return value.asText();
    }

    private static List<String> textList(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw new InvalidCommandException(field + " must be an array of strings, was " + value.getNodeType());
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw new InvalidCommandException(field + " must contain only strings, found " + item.getNodeType());
            }
            items.add(item.asText());
        }
        return items;
    }
}
