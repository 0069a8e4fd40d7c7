package media.polyglot.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks an event's {@code detail} against the envelope schema and its own versioned data schema.
 * Producers call it before they publish, so an event that breaks its contract never reaches the bus.
 * Schemas are loaded once per type; instances are thread-safe.
 */
public final class ContractValidator {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final JsonSchema envelopeSchema = load("schemas/envelope.schema.json");
    private final Map<EventType, JsonSchema> dataSchemas = new ConcurrentHashMap<>();

    /**
     * The violations of {@code detail} against the contract of {@code type}, each naming the path
     * and the rule broken; empty when the detail is valid.
     *
     * @throws UnknownEventTypeException when no schema exists for the type and version
     */
    public List<String> violations(EventType type, JsonNode detail) {
        JsonSchema dataSchema = dataSchemas.computeIfAbsent(type, t -> load(t.schemaResource()));
        List<String> violations = new ArrayList<>();
        envelopeSchema.validate(detail).stream().map(ValidationMessage::getMessage).forEach(violations::add);
        JsonNode data = detail.path("data");
        if (data.isObject()) {
            dataSchema.validate(data).stream().map(m -> "data: " + m.getMessage()).forEach(violations::add);
        }
        int declaredVersion = detail.path("metadata").path("schemaVersion").asInt(type.majorVersion());
        if (declaredVersion != type.majorVersion()) {
            violations.add("metadata.schemaVersion is " + declaredVersion + " but the event is " + type);
        }
        return violations;
    }

    /** Throws {@link ContractViolationException} listing every violation, or returns quietly. */
    public void requireValid(EventType type, JsonNode detail) {
        List<String> violations = violations(type, detail);
        if (!violations.isEmpty()) {
            throw new ContractViolationException(type, violations);
        }
    }

    private static JsonSchema load(String resource) {
        try (InputStream in = ContractValidator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new UnknownEventTypeException(resource);
            }
            return FACTORY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + resource, e);
        }
    }
}
