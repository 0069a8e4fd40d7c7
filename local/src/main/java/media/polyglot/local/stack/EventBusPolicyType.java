package media.polyglot.local.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import media.polyglot.local.engine.events.EventBus;
import media.polyglot.local.engine.events.policy.PolicyStatement;
import media.polyglot.local.template.Resource;
import media.polyglot.local.template.TemplateException;

/**
 * {@code AWS::Events::EventBusPolicy}: one statement of a bus's resource policy, in either of its forms, the
 * {@code Statement} CDK writes or the older Action, Principal and Condition; the bus enforces it on PutEvents.
 */
final class EventBusPolicyType implements ResourceType {

    @Override
    public String type() {
        return "AWS::Events::EventBusPolicy";
    }

    @Override
    public void name(Resource resource, StackContext stack) {
        String statementId = stack.text(resource, "StatementId");
        if (statementId == null) {
            throw new TemplateException(resource.logicalId() + ": AWS::Events::EventBusPolicy needs a StatementId");
        }
        stack.physical().define(resource.logicalId(), statementId, Map.of());
    }

    @Override
    public void start(Resource resource, StackContext stack) {
        String busName = stack.text(resource, "EventBusName");
        EventBus bus = stack.engines().events().bus(stack.accountId(), busName);
        if (bus == null) {
            throw new TemplateException(resource.logicalId() + ": event bus " + busName + " does not exist");
        }
        String statementId = stack.physical().ref(resource.logicalId());
        JsonNode statement = stack.resolved(resource, "Statement");
        PolicyStatement parsed;
        try {
            parsed = statement.isMissingNode() || statement.isNull()
                    ? PolicyStatement.permission(statementId, stack.text(resource, "Action"),
                            stack.text(resource, "Principal"), stack.resolved(resource, "Condition"), bus.arn())
                    : PolicyStatement.read(withSid(statement, statementId));
        } catch (IllegalArgumentException wrong) {
            throw new TemplateException(resource.logicalId() + ": " + wrong.getMessage());
        }
        bus.changePolicy(policy -> policy.with(parsed));
    }

    // CloudFormation gives the statement the resource's StatementId as its Sid, which RemovePermission names.
    private static JsonNode withSid(JsonNode statement, String statementId) {
        if (statement.isObject() && !statement.has("Sid")) {
            return ((ObjectNode) statement.deepCopy()).put("Sid", statementId);
        }
        return statement;
    }
}
