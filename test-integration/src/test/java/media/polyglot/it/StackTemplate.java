package media.polyglot.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/** A synthesized template as JSON: its resources found by logical id prefix, edits written back. */
final class StackTemplate {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StackTemplate() {
    }

    static ObjectNode read(Path file) {
        try {
            return (ObjectNode) JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the template " + file, e);
        }
    }

    /** Applies the edit to the template file in place. */
    static void edit(Path file, TemplateEdit edit) {
        ObjectNode template = read(file);
        edit.apply(template);
        try {
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), template);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the template " + file, e);
        }
    }

    /**
     * The entry of {@code Resources} whose logical id is the prefix and CDK's hash (8 hex digits), else the one
     * whose logical id starts with the prefix.
     */
    static Map.Entry<String, JsonNode> resource(JsonNode template, String logicalIdPrefix) {
        Map.Entry<String, JsonNode> found = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = template.path("Resources").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (hashed(entry.getKey(), logicalIdPrefix)) {
                return entry;
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = template.path("Resources").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().startsWith(logicalIdPrefix)) {
                if (found != null) {
                    throw new IllegalArgumentException("logical id prefix " + logicalIdPrefix + " matches both "
                            + found.getKey() + " and " + entry.getKey());
                }
                found = entry;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException("no resource of the template has a logical id starting with "
                    + logicalIdPrefix);
        }
        return found;
    }

    /** Whether the logical id is the prefix followed by CDK's 8-digit hash. */
    static boolean hashed(String logicalId, String logicalIdPrefix) {
        return logicalId.length() == logicalIdPrefix.length() + 8 && logicalId.startsWith(logicalIdPrefix)
                && logicalId.substring(logicalIdPrefix.length()).matches("[0-9A-F]{8}");
    }
}
