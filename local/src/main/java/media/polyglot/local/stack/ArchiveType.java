package media.polyglot.local.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import media.polyglot.local.engine.events.Archive;
import media.polyglot.local.template.Resource;

/** {@code AWS::Events::Archive}: keeps a bus's matching events for replay. */
final class ArchiveType implements ResourceType {

    @Override
    public String type() {
        return "AWS::Events::Archive";
    }

    @Override
    public void name(Resource resource, StackContext stack) {
        String name = stack.text(resource, "ArchiveName");
        if (name == null) {
            name = stack.physical().generatedName(resource.logicalId(), 48);
        }
        stack.physical().define(resource.logicalId(), name, Map.of("Arn", stack.physical().arn("events", "archive/" + name)));
    }

    @Override
    public void start(Resource resource, StackContext stack) {
        JsonNode pattern = stack.resolved(resource, "EventPattern");
        Archive archive = stack.engines().events().createArchive(stack.physical().ref(resource.logicalId()),
                stack.text(resource, "SourceArn"), pattern.isObject() ? pattern.toString() : null,
                resource.property("RetentionDays").asInt(0));
        stack.physical().define(resource.logicalId(), archive.name(), Map.of("Arn", archive.arn()));
    }
}
