package media.polyglot.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks an event's {@code detail} against the envelope schema and its own versioned data schema.
 * Producers call it before they publish, so an event that breaks its contract never reaches the bus.
 * Each violation reads {@code <JSON pointer> [<keyword>] <message>}, for example
 * {@code /data/language [pattern] does not match ...}. Schemas are loaded once per type; instances
 * are thread-safe.
 */
public final class ContractValidator {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER).build();

    private final JsonSchema envelopeSchema = FACTORY.getSchema(SchemaResources.envelope(), CONFIG);
    private final Map<EventType, JsonSchema> dataSchemas = new ConcurrentHashMap<>();

    /**
     * The violations of {@code detail} against the contract of {@code type}; empty when it is valid.
     *
     * @throws UnknownEventTypeException when the type has no contract
     */
    public List<String> violations(EventType type, JsonNode detail) {
        EventContracts.of(type);
        JsonSchema dataSchema = dataSchemas.computeIfAbsent(type,
                t -> FACTORY.getSchema(SchemaResources.schema(t), CONFIG));
        List<String> violations = new ArrayList<>();
        envelopeSchema.validate(detail).forEach(m -> violations.add(describe("", m)));
        JsonNode data = detail.path("data");
        if (data.isObject()) {
            dataSchema.validate(data).forEach(m -> violations.add(describe("/data", m)));
        }
        JsonNode declared = detail.path("metadata").path("schemaVersion");
        if (declared.isInt() && declared.asInt() != type.majorVersion()) {
            violations.add("/metadata/schemaVersion [schemaVersion] is " + declared.asInt() + " but the event is "
                    + type + " (detail-type " + type.detailType() + ")");
        }
        return violations;
    }

    /** Throws {@link ContractViolationException} naming the event and every violation, or returns quietly. */
    public void requireValid(EventType type, JsonNode detail) {
        List<String> violations = violations(type, detail);
        if (!violations.isEmpty()) {
            throw new ContractViolationException(type, violations);
        }
    }

    private static String describe(String prefix, ValidationMessage message) {
        String pointer = prefix + message.getInstanceLocation().toString();
        if ("required".equals(message.getType()) && message.getProperty() != null) {
            pointer += "/" + message.getProperty();
        }
        return (pointer.isEmpty() ? "/" : pointer) + " [" + message.getType() + "] " + message.getError();
    }
}
