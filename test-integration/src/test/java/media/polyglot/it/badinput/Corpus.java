package media.polyglot.it.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The checked-in corpus: {@code bad-input/index.json} on the test classpath and one file per case beside it. */
public final class Corpus {

    private static final String ROOT = "bad-input/";
    private static final List<String> REQUEST_FIELDS = List.of("method", "path", "source", "detailType", "queue");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Corpus() {
    }

    public static List<BadInputCase> load() {
        List<BadInputCase> cases = new ArrayList<>();
        for (JsonNode entry : read("index.json")) {
            Map<String, String> request = new HashMap<>();
            REQUEST_FIELDS.forEach(field -> {
                if (entry.hasNonNull(field)) {
                    request.put(field, entry.get(field).asText());
                }
            });
            Map<String, String> headers = new HashMap<>();
            entry.path("headers").fields().forEachRemaining(header ->
                    headers.put(header.getKey(), new String(Expansion.expand(header.getValue().asText()), StandardCharsets.UTF_8)));
            cases.add(new BadInputCase(entry.path("case").asText(), entry.path("target").asText(), request, headers,
                    Expansion.expand(text(entry.path("file").asText())), entry.path("expect"), entry.path("why").asText()));
        }
        return cases;
    }

    private static JsonNode read(String file) {
        try {
            return JSON.readTree(text(file));
        } catch (IOException e) {
            throw new UncheckedIOException("the corpus index " + ROOT + file + " is not JSON", e);
        }
    }

    private static String text(String file) {
        try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("no corpus file " + ROOT + file + " on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus file " + ROOT + file, e);
        }
    }
}
