package media.polyglot.infra.backbone;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the partner accounts of the bus from {@value #FILE} at synth, checked against {@value #SCHEMA} and
 * against the event contracts: a wrong entry fails the synth with the partner and the field it concerns.
 */
public final class Partners {

    /** The partner configuration, relative to the project root. */
    public static final String FILE = "infra/partners.json";
    /** Its JSON Schema, relative to the project root. */
    public static final String SCHEMA = "infra/partners.schema.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Partners() {
    }

    /** The partners configured under {@code projectRoot}. */
    public static List<Partner> load(Path projectRoot) {
        return read(projectRoot.resolve(FILE), projectRoot.resolve(SCHEMA));
    }

    /**
     * The partners {@code file} lists.
     *
     * @throws IllegalArgumentException naming the file, the partner and the field, when an entry is wrong
     */
    public static List<Partner> read(Path file, Path schemaFile) {
        JsonNode config = parse(file);
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(parse(schemaFile));
        Set<ValidationMessage> violations = schema.validate(config);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(file + ": " + String.join("; ",
                    violations.stream().map(violation -> describe(config, violation)).sorted().toList()));
        }
        List<Partner> partners = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonNode entry : config.get("partners")) {
            try {
                Partner partner = new Partner(entry.get("name").asText(), entry.get("account").asText(),
                        entry.get("bus").asText(), strings(entry.get("receives")), strings(entry.get("sources")));
                if (!names.add(partner.name())) {
                    throw new IllegalArgumentException("partner '" + partner.name() + "', field 'name': listed twice");
                }
                partners.add(partner);
            } catch (IllegalArgumentException wrong) {
                throw new IllegalArgumentException(file + ": " + wrong.getMessage(), wrong);
            }
        }
        return List.copyOf(partners);
    }

    // "$.partners[0].account: does not match ..." becomes "partner 'acme', field 'account': does not match ...".
    private static String describe(JsonNode config, ValidationMessage violation) {
        var location = violation.getInstanceLocation();
        String message = violation.getMessage();
        String detail = violation.getError() != null ? violation.getError() : message;
        if (location.getNameCount() >= 2 && "partners".equals(location.getName(0)) && location.getElement(1) instanceof Integer index) {
            JsonNode entry = config.get("partners").get(index);
            String partner = entry.hasNonNull("name") ? "'" + entry.get("name").asText() + "'" : "#" + (index + 1);
            String field = location.getNameCount() >= 3 ? location.getName(2) : violation.getProperty();
            JsonNode value = location.getNameCount() >= 3 ? entry.get(field) : null;
            return "partner " + partner + ", field '" + field + "': " + detail + (value == null ? "" : " (was " + value + ")");
        }
        return message;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static JsonNode parse(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException malformed) {
            throw new IllegalArgumentException(file + " is not valid JSON: " + malformed.getOriginalMessage(), malformed);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read " + file, unreadable);
        }
    }
}
