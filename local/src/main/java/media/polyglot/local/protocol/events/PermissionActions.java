package media.polyglot.local.protocol.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import media.polyglot.local.engine.events.EventBus;
import media.polyglot.local.engine.events.EventRouter;
import media.polyglot.local.engine.events.policy.BusPolicy;
import media.polyglot.local.engine.events.policy.PolicyStatement;

/** PutPermission and RemovePermission: a bus's resource policy, a statement at a time or whole. */
final class PermissionActions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventRouter router;

    PermissionActions(EventRouter router) {
        this.router = router;
    }

    /** Either {@code Policy} (the whole document) or Action, Principal, StatementId and an optional Condition. */
    JsonNode putPermission(JsonNode request) {
        EventBus bus = Requests.bus(router, request, "EventBusName");
        String document = Requests.optional(request, "Policy");
        try {
            if (document != null) {
                BusPolicy policy = BusPolicy.read(JSON.readTree(document));
                bus.changePolicy(current -> policy);
            } else {
                PolicyStatement statement = PolicyStatement.permission(Requests.required(request, "StatementId"),
                        Requests.required(request, "Action"), Requests.required(request, "Principal"),
                        request.path("Condition"), bus.arn());
                bus.changePolicy(current -> current.with(statement));
            }
        } catch (IOException malformed) {
            throw EventBridgeException.invalid("Policy is not valid JSON: " + malformed.getMessage());
        }
        return JsonNodeFactory.instance.objectNode();
    }

    JsonNode removePermission(JsonNode request) {
        EventBus bus = Requests.bus(router, request, "EventBusName");
        if (request.path("RemoveAllPermissions").asBoolean(false)) {
            bus.changePolicy(current -> BusPolicy.EMPTY);
            return JsonNodeFactory.instance.objectNode();
        }
        String statementId = Requests.required(request, "StatementId");
        if (!bus.policy().hasStatement(statementId)) {
            throw EventBridgeException.notFound("Statement with the provided id does not exist.");
        }
        bus.changePolicy(current -> current.without(statementId));
        return JsonNodeFactory.instance.objectNode();
    }
}
