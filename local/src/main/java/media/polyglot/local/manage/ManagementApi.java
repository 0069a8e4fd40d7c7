package media.polyglot.local.manage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import media.polyglot.events.ContractValidator;
import media.polyglot.events.EventContracts;
import media.polyglot.events.EventType;
import media.polyglot.events.UnknownEventTypeException;
import media.polyglot.local.edge.AwsRequest;
import media.polyglot.local.edge.AwsResponse;
import media.polyglot.local.edge.ServiceEndpoint;
import media.polyglot.local.engine.events.Archive;
import media.polyglot.local.engine.events.EventBus;
import media.polyglot.local.engine.events.InvalidEventPatternException;
import media.polyglot.local.engine.events.PutEventsEntry;
import media.polyglot.local.engine.events.PutEventsResult;
import media.polyglot.local.engine.events.ReplayStatus;
import media.polyglot.local.engine.events.Replayer;
import media.polyglot.local.engine.sqs.Redriver;
import media.polyglot.local.fault.Faults;
import media.polyglot.local.observe.FunctionCounters;
import media.polyglot.local.observe.HopLog;
import media.polyglot.local.stack.Engines;
import media.polyglot.local.stack.StartedStack;

/**
 * The runtime's own API under {@code /_polyglot/} on the edge port, for the CLI and the dashboard:
 * status, the hop log (followed by sequence, or one flow by correlation id), sending a test event,
 * replaying a bus's archive with an optional pattern, redriving a DLQ, and switching injected faults. JSON in and out; errors
 * as {@code {"code", "message"}}.
 */
public final class ManagementApi implements ServiceEndpoint {

    public static final String PREFIX = "/_polyglot/";
    /** The longest a hop reader may wait for news, so a connection is never held open for long. */
    private static final long MAX_WAIT_MILLIS = 25_000;

    private final ObjectMapper json = new ObjectMapper();
    private final URI edge;
    private final Supplier<List<StartedStack>> stacks;
    private final Engines engines;
    private final Replayer replayer;
    private final FunctionCounters counters;
    private final Faults faults;
    private final ContractValidator contracts = new ContractValidator();

    public ManagementApi(URI edge, Supplier<List<StartedStack>> stacks, Engines engines, Replayer replayer,
                         FunctionCounters counters, Faults faults) {
        this.counters = counters;
        this.faults = faults;
        this.edge = edge;
        this.stacks = stacks;
        this.engines = engines;
        this.replayer = replayer;
    }

    @Override
    public AwsResponse handle(AwsRequest request) {
        String path = request.path().substring(PREFIX.length());
        try {
            return switch (request.method() + " " + path.replaceFirst("/.*", "/*")) {
                case "GET contracts" -> ok(json.valueToTree(EventContracts.detailTypes()));
                case "GET status" -> ok(StatusReport.of(edge, stacks.get(), engines, counters));
                case "GET queues/*" -> ok(QueuePeek.of(engines.queues(), decode(path.substring("queues/".length()))));
                case "GET hops" -> hops(query(request));
                case "GET trace/*" -> ok(HopsJson.of(hopLog().trace(decode(path.substring("trace/".length())))));
                case "POST send" -> send(body(request));
                case "POST replay" -> replay(body(request));
                case "GET replay/*" -> replayStatus(decode(path.substring("replay/".length())));
                case "POST redrive" -> ok(json.valueToTree(Map.of("moved",
                        new Redriver(engines.queues()).redrive(required(body(request), "queue")))));
                case "GET faults" -> ok(FaultSwitches.describe(faults));
                case "POST faults" -> ok(FaultSwitches.set(faults, body(request)));
                default -> error(404, "NotFound", "no management operation " + request.method() + " " + request.path()
                        + "; there are GET status, GET hops, GET trace/{correlationId}, POST send, POST replay,"
                        + " GET replay/{name}, POST redrive, GET queues/{name}, GET contracts, GET faults, POST faults");
            };
        } catch (IllegalArgumentException | IllegalStateException | InvalidEventPatternException e) {
            return error(400, "BadRequest", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(503, "Stopping", "the runtime is stopping");
        }
    }

    private AwsResponse hops(Map<String, String> query) throws InterruptedException {
        long after = Long.parseLong(query.getOrDefault("after", "0"));
        long wait = Math.min(MAX_WAIT_MILLIS, Long.parseLong(query.getOrDefault("wait", "0")) * 1000);
        String correlationId = query.get("correlationId");
        var hops = hopLog().after(after, wait).stream()
                .filter(hop -> correlationId == null || correlationId.equals(hop.correlationId())).toList();
        return ok(HopsJson.of(hops));
    }

    private AwsResponse send(JsonNode request) {
        JsonNode detail = request.path("detail");
        if (request.path("validate").asBoolean(false)) {
            List<String> violations = violations(required(request, "detailType"), detail);
            if (!violations.isEmpty()) {
                return error(400, "ContractViolation", String.join("; ", violations));
            }
        }
        PutEventsEntry entry = new PutEventsEntry(request.path("bus").asText("default"), required(request, "source"),
                required(request, "detailType"), detail.isTextual() ? detail.asText() : detail.toString(), null, List.of());
        PutEventsResult result = engines.events().putEvents(List.of(entry)).get(0);
        if (result.isFailure()) {
            return error(400, result.errorCode(), result.errorMessage());
        }
        return ok(json.createObjectNode().put("eventId", result.eventId()));
    }

    /** What breaks the event's contract; an unknown detail-type is itself the violation. */
    private List<String> violations(String detailType, JsonNode detail) {
        try {
            return contracts.violations(EventType.ofDetailType(detailType), detail);
        } catch (UnknownEventTypeException e) {
            return List.of(e.getMessage());
        }
    }

    private AwsResponse replay(JsonNode request) {
        EventBus bus = engines.events().bus(request.path("bus").asText("default"));
        if (bus == null) {
            throw new IllegalArgumentException("no event bus " + request.path("bus").asText());
        }
        List<Archive> archives = engines.events().archivesOf(bus.arn());
        if (archives.isEmpty()) {
            throw new IllegalArgumentException("bus " + bus.name() + " has no archive to replay; add an AWS::Events::Archive");
        }
        String name = "cli-" + UUID.randomUUID().toString().substring(0, 8);
        ReplayStatus started = replayer.start(name, archives.get(0), instant(request, "from"), instant(request, "to"),
                bus.arn(), List.of(), request.hasNonNull("pattern") ? request.get("pattern").toString() : null);
        return ok(replayJson(started));
    }

    private AwsResponse replayStatus(String name) {
        ReplayStatus status = replayer.describe(name);
        return status == null ? error(404, "NotFound", "no replay " + name) : ok(replayJson(status));
    }

    private ObjectNode replayJson(ReplayStatus status) {
        return json.createObjectNode().put("name", status.name()).put("state", status.state())
                .put("replayed", status.replayedCount()).put("total", status.totalCount())
                .put("reason", status.stateReason());
    }

    private HopLog hopLog() {
        return engines.hops();
    }

    private static Instant instant(JsonNode request, String field) {
        try {
            return Instant.parse(required(request, field));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " must be an ISO-8601 instant such as 2026-11-26T10:00:00Z, was "
                    + request.path(field).asText());
        }
    }

    private static String required(JsonNode request, String field) {
        JsonNode value = request.get(field);
        if (value == null || value.asText().isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.asText();
    }

    private JsonNode body(AwsRequest request) {
        try {
            JsonNode body = json.readTree(request.body());
            if (body == null || !body.isObject()) {
                throw new IllegalArgumentException("the body must be a JSON object");
            }
            return body;
        } catch (IOException e) {
            throw new IllegalArgumentException("the body is not valid JSON: " + e.getMessage());
        }
    }

    private static Map<String, String> query(AwsRequest request) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : request.query().split("&")) {
            String[] parts = pair.split("=", 2);
            if (!parts[0].isEmpty()) {
                parameters.put(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
            }
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private AwsResponse ok(JsonNode body) {
        return AwsResponse.of(200, "application/json", body.toString());
    }

    private AwsResponse error(int status, String code, String message) {
        return AwsResponse.of(status, "application/json", json.createObjectNode().put("code", code)
                .put("message", message).toString());
    }
}
