package media.polyglot.events.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import media.polyglot.events.EventJson;
import media.polyglot.events.EventType;
import media.polyglot.events.SchemaResources;

/**
 * The whole {@code detail} of one event version as one self-contained schema: the envelope's
 * metadata and the event's data, without the {@code $schema} and {@code $id} of the files. Our
 * schemas use only keywords that mean the same in draft-07 and 2020-12 (a test keeps it so), which
 * lets the AsyncAPI document and the schema registry embed them.
 */
public final class EventDetailSchema {

    private EventDetailSchema() {
    }

    /** The detail schema of {@code type}. */
    public static ObjectNode of(EventType type) {
        ObjectNode detail = EventJson.mapper().createObjectNode();
        detail.put("title", type.detailType());
        detail.put("description", SchemaResources.schema(type).path("description").asText());
        detail.put("type", "object");
        detail.putArray("required").add("metadata").add("data");
        ObjectNode properties = detail.putObject("properties");
        properties.set("metadata", SchemaResources.envelope().path("properties").path("metadata").deepCopy());
        properties.set("data", withoutIdentity(SchemaResources.schema(type)));
        return detail;
    }

    private static ObjectNode withoutIdentity(JsonNode schema) {
        ObjectNode copy = (ObjectNode) schema.deepCopy();
        copy.remove("$schema");
        copy.remove("$id");
        return copy;
    }
}
