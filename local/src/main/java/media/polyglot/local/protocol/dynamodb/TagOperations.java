package media.polyglot.local.protocol.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import media.polyglot.local.engine.dynamodb.DynamoDbEngine;

/** TagResource, UntagResource and ListTagsOfResource on the wire; every table's tags fit in one page. */
final class TagOperations {

    private TagOperations() {
    }

    static JsonNode tagResource(DynamoDbEngine engine, JsonInput input) {
        engine.tagResource(input.requiredString("ResourceArn"), tags(input));
        return Json.object();
    }

    /** The request's {@code Tags} (TagResource's, or CreateTable's), by key. */
    static Map<String, String> tags(JsonInput input) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (JsonInput tag : input.objects("Tags")) {
            tags.put(tag.requiredString("Key"), tag.requiredString("Value"));
        }
        return tags;
    }

    static JsonNode untagResource(DynamoDbEngine engine, JsonInput input) {
        engine.untagResource(input.requiredString("ResourceArn"), JsonInput.strings(input, "TagKeys"));
        return Json.object();
    }

    static JsonNode listTagsOfResource(DynamoDbEngine engine, JsonInput input) {
        ObjectNode output = Json.object();
        ArrayNode tags = output.putArray("Tags");
        engine.listTagsOfResource(input.requiredString("ResourceArn")).forEach((key, value) -> {
            ObjectNode tag = tags.addObject();
            tag.put("Key", key);
            tag.put("Value", value);
        });
        return output;
    }
}
