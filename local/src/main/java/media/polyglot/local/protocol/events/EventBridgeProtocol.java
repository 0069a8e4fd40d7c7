package media.polyglot.local.protocol.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import media.polyglot.local.edge.AwsErrors;
import media.polyglot.local.edge.AwsRequest;
import media.polyglot.local.edge.AwsResponse;
import media.polyglot.local.edge.ServiceEndpoint;
import media.polyglot.local.edge.SigV4Scope;
import media.polyglot.local.engine.events.EventBus;
import media.polyglot.local.engine.events.EventRouter;
import media.polyglot.local.engine.events.InvalidEventPatternException;
import media.polyglot.local.engine.events.InvalidTargetException;
import media.polyglot.local.engine.events.Patterns;
import media.polyglot.local.engine.events.Replayer;

/**
 * EventBridge's JSON 1.1 wire format ({@code X-Amz-Target: AWSEvents.<Operation>}) in front of the
 * event router: each operation is one function from request (and the caller's account, which the access key of
 * the request's signature names) to response; errors come back with AWS's codes. Holds no state of its own.
 */
public final class EventBridgeProtocol implements ServiceEndpoint {

    private static final String TARGET_PREFIX = "AWSEvents.";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Operation> operations;
    private final UnaryOperator<String> accountOfAccessKey;

    /** One operation: the request and the caller's account to the response. */
    private interface Operation {
        JsonNode apply(JsonNode request, String callerAccount);
    }

    /**
     * @param accountOfAccessKey the account of the access key a request is signed with (null when unsigned)
     */
    public EventBridgeProtocol(EventRouter router, Replayer replayer, UnaryOperator<String> accountOfAccessKey) {
        this.accountOfAccessKey = accountOfAccessKey;
        RuleActions rules = new RuleActions(router);
        ArchiveActions archives = new ArchiveActions(router, replayer);
        PermissionActions permissions = new PermissionActions(router);
        this.operations = Map.ofEntries(
                Map.entry("PutEvents", (Operation) new PutEventsAction(router)::putEvents),
                anyone("PutPermission", permissions::putPermission),
                anyone("RemovePermission", permissions::removePermission),
                anyone("PutRule", rules::putRule),
                anyone("DescribeRule", rules::describeRule),
                anyone("DeleteRule", rules::deleteRule),
                anyone("ListRules", rules::listRules),
                anyone("PutTargets", rules::putTargets),
                anyone("RemoveTargets", rules::removeTargets),
                anyone("ListTargetsByRule", rules::listTargetsByRule),
                anyone("DescribeEventBus", request -> describeEventBus(router, request)),
                anyone("TestEventPattern", EventBridgeProtocol::testEventPattern),
                anyone("CreateArchive", archives::createArchive),
                anyone("DescribeArchive", archives::describeArchive),
                anyone("StartReplay", archives::startReplay),
                anyone("DescribeReplay", archives::describeReplay));
    }

    @Override
    public AwsResponse handle(AwsRequest request) {
        String target = request.header("X-Amz-Target");
        String operation = target != null && target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length()) : null;
        Operation action = operation == null ? null : operations.get(operation);
        if (action == null) {
            return AwsErrors.json(400, "UnknownOperationException", "the local runtime does not serve EventBridge operation "
                    + target + "; it serves " + String.join(", ", new TreeSet<>(operations.keySet())));
        }
        JsonNode body;
        try {
            body = json.readTree(request.body());
        } catch (IOException e) {
            return AwsErrors.json(400, "SerializationException", "the request body is not valid JSON: " + e.getMessage());
        }
        try {
            String accessKey = SigV4Scope.fromAuthorization(request.header("Authorization"))
                    .map(SigV4Scope::accessKeyId).orElse(null);
            JsonNode response = action.apply(body == null ? json.createObjectNode() : body,
                    accountOfAccessKey.apply(accessKey));
            return AwsResponse.of(200, CONTENT_TYPE, response.toString());
        } catch (EventBridgeException e) {
            return AwsErrors.json(400, e.code(), e.getMessage());
        } catch (InvalidEventPatternException e) {
            return AwsErrors.json(400, "InvalidEventPatternException", "Event pattern is not valid. Reason: " + e.getMessage());
        } catch (InvalidTargetException | IllegalArgumentException e) {
            return AwsErrors.json(400, "ValidationException", e.getMessage());
        }
    }

    /** An operation any caller may call: the runtime enforces bus policies on PutEvents only. */
    private static Map.Entry<String, Operation> anyone(String name, Function<JsonNode, JsonNode> action) {
        return Map.entry(name, (request, callerAccount) -> action.apply(request));
    }

    private static JsonNode describeEventBus(EventRouter router, JsonNode request) {
        EventBus bus = Requests.bus(router, request, "Name");
        var json = JsonNodeFactory.instance.objectNode().put("Name", bus.name()).put("Arn", bus.arn());
        bus.policy().document().ifPresent(policy -> json.put("Policy", policy));
        return json;
    }

    private static JsonNode testEventPattern(JsonNode request) {
        boolean result = Patterns.matches(Requests.required(request, "EventPattern"), Requests.required(request, "Event"));
        return JsonNodeFactory.instance.objectNode().put("Result", result);
    }
}
