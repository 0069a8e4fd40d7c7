package media.polyglot.local.protocol.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import media.polyglot.local.edge.AwsErrors;
import media.polyglot.local.edge.AwsRequest;
import media.polyglot.local.edge.AwsResponse;
import media.polyglot.local.edge.ServiceEndpoint;
import media.polyglot.local.engine.events.EventBus;
import media.polyglot.local.engine.events.EventRouter;
import media.polyglot.local.engine.events.InvalidEventPatternException;
import media.polyglot.local.engine.events.InvalidTargetException;
import media.polyglot.local.engine.events.Patterns;
import media.polyglot.local.engine.events.Replayer;

/**
 * EventBridge's JSON 1.1 wire format ({@code X-Amz-Target: AWSEvents.<Operation>}) in front of the
 * event router: each operation is one function from request to response; errors come back with
 * AWS's codes. Holds no state of its own.
 */
public final class EventBridgeProtocol implements ServiceEndpoint {

    private static final String TARGET_PREFIX = "AWSEvents.";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Function<JsonNode, JsonNode>> operations;

    public EventBridgeProtocol(EventRouter router, Replayer replayer) {
        RuleActions rules = new RuleActions(router);
        ArchiveActions archives = new ArchiveActions(router, replayer);
        this.operations = Map.ofEntries(
                Map.entry("PutEvents", new PutEventsAction(router)::putEvents),
                Map.entry("PutRule", rules::putRule),
                Map.entry("DescribeRule", rules::describeRule),
                Map.entry("DeleteRule", rules::deleteRule),
                Map.entry("ListRules", rules::listRules),
                Map.entry("PutTargets", rules::putTargets),
                Map.entry("RemoveTargets", rules::removeTargets),
                Map.entry("ListTargetsByRule", rules::listTargetsByRule),
                Map.entry("DescribeEventBus", request -> describeEventBus(router, request)),
                Map.entry("TestEventPattern", EventBridgeProtocol::testEventPattern),
                Map.entry("CreateArchive", archives::createArchive),
                Map.entry("DescribeArchive", archives::describeArchive),
                Map.entry("StartReplay", archives::startReplay),
                Map.entry("DescribeReplay", archives::describeReplay));
    }

    @Override
    public AwsResponse handle(AwsRequest request) {
        String target = request.header("X-Amz-Target");
        String operation = target != null && target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length()) : null;
        Function<JsonNode, JsonNode> action = operation == null ? null : operations.get(operation);
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
            return AwsResponse.of(200, CONTENT_TYPE, action.apply(body == null ? json.createObjectNode() : body).toString());
        } catch (EventBridgeException e) {
            return AwsErrors.json(400, e.code(), e.getMessage());
        } catch (InvalidEventPatternException e) {
            return AwsErrors.json(400, "InvalidEventPatternException", "Event pattern is not valid. Reason: " + e.getMessage());
        } catch (InvalidTargetException | IllegalArgumentException e) {
            return AwsErrors.json(400, "ValidationException", e.getMessage());
        }
    }

    private static JsonNode describeEventBus(EventRouter router, JsonNode request) {
        EventBus bus = Requests.bus(router, request, "Name");
        return JsonNodeFactory.instance.objectNode().put("Name", bus.name()).put("Arn", bus.arn());
    }

    private static JsonNode testEventPattern(JsonNode request) {
        boolean result = Patterns.matches(Requests.required(request, "EventPattern"), Requests.required(request, "Event"));
        return JsonNodeFactory.instance.objectNode().put("Result", result);
    }
}
