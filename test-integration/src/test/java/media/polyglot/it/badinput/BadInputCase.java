package media.polyglot.it.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One case of the corpus, as the index describes it: where it is sent and what must come back.
 *
 * @param id      the case's name (its file's name)
 * @param target  {@code content}, {@code audit}, {@code catalog} (Function URLs), {@code bus} (PutEvents on the
 *                polyglot bus) or {@code sqs} (SendMessage to a subscription queue)
 * @param request how it is sent: method, path, headers, source, detailType, queue (those the target needs)
 * @param payload the expanded file: a request body, a path, an event detail or a message body
 * @param expect  what must come back (see the README of the corpus, bad-input/README.md)
 * @param why     what makes the input hostile
 */
public record BadInputCase(String id, String target, Map<String, String> request, Map<String, String> headers,
                           byte[] payload, JsonNode expect, String why) {

    public BadInputCase {
        request = Map.copyOf(request);
        headers = Map.copyOf(new LinkedHashMap<>(headers));
    }

    public String get(String field) {
        String value = request.get(field);
        if (value == null) {
            throw new IllegalStateException("case " + id + " (" + target + ") needs \"" + field + "\" in the index");
        }
        return value;
    }

    /** The payload as text (invalid UTF-8 sequences become U+FFFD where a text API forces it). */
    public String text() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return target + "/" + id;
    }
}
