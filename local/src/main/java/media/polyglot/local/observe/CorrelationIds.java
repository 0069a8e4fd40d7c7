package media.polyglot.local.observe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Finds the envelope's {@code correlationId}s wherever a payload carries them: in an event's
 * detail, in the SQS bodies of a batch, in an SNS notification's message, in stream images holding
 * outbox rows. Payloads nest JSON inside JSON strings, so string values that look like objects are
 * read too, to a small depth.
 */
public final class CorrelationIds {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_DEPTH = 10;

    private CorrelationIds() {
    }

    /** Every distinct correlation id in the payload, in the order found. */
    public static Set<String> in(byte[] payload) {
        Set<String> found = new LinkedHashSet<>();
        collect(parse(new String(payload, StandardCharsets.UTF_8)), 0, found);
        return found;
    }

    /** Every distinct correlation id in the JSON, in the order found. */
    public static Set<String> in(JsonNode payload) {
        Set<String> found = new LinkedHashSet<>();
        collect(payload, 0, found);
        return found;
    }

    /** The first correlation id in the JSON (an event's detail, say), or null. */
    public static String first(JsonNode payload) {
        return in(payload).stream().findFirst().orElse(null);
    }

    /** The first correlation id in a payload that may be JSON (a response body, say), or null. */
    public static String first(byte[] payload) {
        return in(payload).stream().findFirst().orElse(null);
    }

    private static void collect(JsonNode node, int depth, Set<String> found) {
        if (node == null || depth > MAX_DEPTH) {
            return;
        }
        if (node.isTextual()) {
            String text = node.asText();
            if (text.startsWith("{")) {
                collect(parse(text), depth + 1, found);
            }
            return;
        }
        JsonNode direct = node.get("correlationId");
        if (direct != null && direct.isTextual()) {
            found.add(direct.asText());
        }
        node.elements().forEachRemaining(child -> collect(child, depth + 1, found));
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception notJson) {
            return null;
        }
    }
}
