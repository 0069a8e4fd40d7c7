package media.polyglot.local.template;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One stack's template: its resources in template order, and where it was read from. */
public record Template(String stackName, Path file, Map<String, Resource> resources) {

    public Template {
        resources = Collections.unmodifiableMap(new LinkedHashMap<>(resources));
    }

    static Template parse(String stackName, Path file, JsonNode json) {
        JsonNode resourcesJson = json.path("Resources");
        if (!resourcesJson.isObject()) {
            throw new TemplateException(file + ": the template has no Resources object");
        }
        Map<String, Resource> resources = new LinkedHashMap<>();
        resourcesJson.fields().forEachRemaining(entry -> {
            JsonNode type = entry.getValue().path("Type");
            if (!type.isTextual()) {
                throw new TemplateException(file + ": resource " + entry.getKey() + " has no Type");
            }
            resources.put(entry.getKey(), new Resource(entry.getKey(), type.asText(),
                    entry.getValue().path("Properties"), entry.getValue().path("Metadata")));
        });
        return new Template(stackName, file, resources);
    }

    public Resource resource(String logicalId) {
        Resource resource = resources.get(logicalId);
        if (resource == null) {
            throw new TemplateException(file + ": no resource with logical id " + logicalId);
        }
        return resource;
    }
}
