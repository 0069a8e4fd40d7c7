package media.polyglot.events.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import media.polyglot.events.Bus;
import media.polyglot.events.EventContract;
import media.polyglot.events.EventJson;
import media.polyglot.events.catalog.EventDetailSchema;

/**
 * One event version as the EventBridge Schema Registry takes it, so partners can download code
 * bindings: type {@code JSONSchemaDraft4} (the registry's other type is OpenApi3; JSON Schema keeps
 * our schemas as they are), describing the whole EventBridge event with our detail inside. Draft 4
 * has no {@code const}: it becomes a one-value {@code enum}.
 */
public final class RegistrySchema {

    /** The registry's name for this schema format. */
    public static final String TYPE = "JSONSchemaDraft4";
    /** The registry every contract is published to. */
    public static final String REGISTRY_NAME = Bus.NAME;

    private static final String DRAFT_4 = "http://json-schema.org/draft-04/schema#";

    private RegistrySchema() {
    }

    /** {@code <source>@<detail-type>}, the way EventBridge names discovered schemas; partners' source without the vendor. */
    public static String name(EventContract contract) {
        String source = contract.producer().source().replace(".<vendor>", "");
        return source + "@" + contract.type().detailType();
    }

    /** The schema document for {@code contract}. */
    public static ObjectNode content(EventContract contract) {
        ObjectNode schema = EventJson.mapper().createObjectNode();
        schema.put("$schema", DRAFT_4);
        schema.put("title", contract.type().detailType());
        schema.put("type", "object");
        schema.putArray("required").add("detail-type").add("source").add("detail");
        ObjectNode properties = schema.putObject("properties");
        Map.of("version", "string", "id", "string", "account", "string", "region", "string")
                .forEach((name, type) -> properties.putObject(name).put("type", type));
        properties.putObject("detail-type").put("type", "string").putArray("enum").add(contract.type().detailType());
        properties.putObject("source").put("type", "string").put("description", contract.producer().source());
        properties.putObject("time").put("type", "string").put("format", "date-time");
        properties.putObject("resources").put("type", "array").putObject("items").put("type", "string");
        properties.set("detail", toDraft4(EventDetailSchema.of(contract.type())));
        return schema;
    }

    private static JsonNode toDraft4(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = EventJson.mapper().createObjectNode();
            node.fields().forEachRemaining(field -> {
                if ("const".equals(field.getKey())) {
                    copy.putArray("enum").add(field.getValue());
                } else {
                    copy.set(field.getKey(), toDraft4(field.getValue()));
                }
            });
            return copy;
        }
        return node.deepCopy();
    }
}
