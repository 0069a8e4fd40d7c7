package media.polyglot.local.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Objects;

/** One resource of a CloudFormation template, as synthesized: properties still hold intrinsics. */
public record Resource(String logicalId, String type, JsonNode properties, JsonNode metadata) {

    public Resource {
        Objects.requireNonNull(logicalId, "logicalId");
        Objects.requireNonNull(type, "type of " + logicalId);
        properties = properties == null ? MissingNode.getInstance() : properties;
        metadata = metadata == null ? MissingNode.getInstance() : metadata;
    }

    /** A property as written in the template, or a missing node. */
    public JsonNode property(String name) {
        return properties.path(name);
    }

    /** The construct path CDK records, for messages a developer can map back to the code. */
    public String constructPath() {
        return metadata.path("aws:cdk:path").asText(logicalId);
    }
}
