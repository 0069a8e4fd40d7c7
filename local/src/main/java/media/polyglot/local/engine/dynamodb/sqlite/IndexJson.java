package media.polyglot.local.engine.dynamodb.sqlite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import media.polyglot.local.engine.dynamodb.IndexKind;
import media.polyglot.local.engine.dynamodb.IndexProjection;
import media.polyglot.local.engine.dynamodb.KeyAttribute;
import media.polyglot.local.engine.dynamodb.ProjectionType;
import media.polyglot.local.engine.dynamodb.ScalarAttributeType;
import media.polyglot.local.engine.dynamodb.SecondaryIndex;

/** A table's secondary indexes as the JSON kept in {@code ddb_table.indexes}. */
final class IndexJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private IndexJson() {
    }

    static String write(List<SecondaryIndex> indexes) {
        ArrayNode array = MAPPER.createArrayNode();
        for (SecondaryIndex index : indexes) {
            ObjectNode json = array.addObject();
            json.put("name", index.indexName());
            json.put("kind", index.kind().name());
            json.set("partitionKey", key(index.partitionKey()));
            if (index.sortKey() != null) {
                json.set("sortKey", key(index.sortKey()));
            }
            json.put("projection", index.projection().type().name());
            ArrayNode nonKey = json.putArray("nonKeyAttributes");
            index.projection().nonKeyAttributes().forEach(nonKey::add);
        }
        return array.toString();
    }

    static List<SecondaryIndex> read(String text) {
        if (text == null) {
            return List.of();
        }
        try {
            List<SecondaryIndex> indexes = new ArrayList<>();
            for (JsonNode json : MAPPER.readTree(text)) {
                List<String> nonKey = new ArrayList<>();
                json.path("nonKeyAttributes").forEach(name -> nonKey.add(name.asText()));
                indexes.add(new SecondaryIndex(json.path("name").asText(), IndexKind.valueOf(json.path("kind").asText()),
                        key(json.path("partitionKey")), json.has("sortKey") ? key(json.path("sortKey")) : null,
                        new IndexProjection(ProjectionType.valueOf(json.path("projection").asText()), nonKey)));
            }
            return indexes;
        } catch (java.io.IOException e) {
            throw new StorageException("The stored indexes of a table are not valid JSON: " + text, e);
        }
    }

    private static ObjectNode key(KeyAttribute key) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("name", key.name());
        json.put("type", key.type().name());
        return json;
    }

    private static KeyAttribute key(JsonNode json) {
        return new KeyAttribute(json.path("name").asText(), ScalarAttributeType.valueOf(json.path("type").asText()));
    }
}
