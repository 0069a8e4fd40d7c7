package media.polyglot.local.stack;

import java.util.Map;
import media.polyglot.local.engine.events.EventBus;
import media.polyglot.local.template.Resource;
import media.polyglot.local.template.TemplateException;

/** {@code AWS::Events::EventBus}: a custom bus on the runtime's event router. */
final class EventBusType implements ResourceType {

    @Override
    public String type() {
        return "AWS::Events::EventBus";
    }

    @Override
    public void name(Resource resource, StackContext stack) {
        String name = stack.text(resource, "Name");
        if (name == null) {
            throw new TemplateException(resource.logicalId() + ": AWS::Events::EventBus needs a Name");
        }
        String arn = stack.physical().arn("events", "event-bus/" + name);
        stack.physical().define(resource.logicalId(), name, Map.of("Arn", arn, "Name", name));
    }

    @Override
    public void start(Resource resource, StackContext stack) {
        EventBus bus = stack.engines().events().createBus(stack.physical().ref(resource.logicalId()));
        stack.physical().define(resource.logicalId(), bus.name(), Map.of("Arn", bus.arn()));
    }
}
