package media.polyglot.local.protocol.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.math.BigDecimal;
import java.time.Instant;
import media.polyglot.local.engine.dynamodb.value.AttributeValueJson;
import media.polyglot.local.engine.dynamodb.value.Item;

/** Small helpers to build response JSON. */
final class Json {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** The item as DynamoDB JSON, written straight to text rather than built as a tree and then written. */
    static JsonNode item(Item item) {
        return NODES.rawValueNode(new RawValue(AttributeValueJson.itemToText(item)));
    }

    /** Timestamps in the JSON 1.0 protocol are epoch seconds, with milliseconds as the fraction. */
    static BigDecimal epochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.toEpochMilli(), 3);
    }
}
