package media.polyglot.local.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import media.polyglot.local.engine.events.EventBus;
import media.polyglot.local.engine.events.policy.BusPolicy;
import media.polyglot.local.template.Resource;
import media.polyglot.local.template.TemplateException;

/** {@code AWS::Events::EventBus}: a custom bus on the runtime's event router, with its {@code Policy}, if any. */
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
        EventBus bus = stack.engines().events().createBus(stack.accountId(), stack.physical().ref(resource.logicalId()));
        JsonNode policy = stack.resolved(resource, "Policy");
        if (!policy.isMissingNode() && !policy.isNull()) {
            try {
                BusPolicy read = BusPolicy.read(policy);
                bus.changePolicy(current -> read);
            } catch (IllegalArgumentException wrong) {
                throw new TemplateException(resource.logicalId() + ".Policy: " + wrong.getMessage());
            }
        }
        stack.physical().define(resource.logicalId(), bus.name(), Map.of("Arn", bus.arn()));
    }
}
