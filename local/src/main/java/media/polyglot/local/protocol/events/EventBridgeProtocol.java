package media.polyglot.local.protocol.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import media.polyglot.local.edge.AwsErrors;
import media.polyglot.local.edge.AwsRequest;
import media.polyglot.local.edge.AwsResponse;
import media.polyglot.local.edge.ServiceEndpoint;
import media.polyglot.local.engine.events.EventRouter;
import media.polyglot.local.engine.events.PutEventsEntry;
import media.polyglot.local.engine.events.PutEventsResult;

/**
 * EventBridge's JSON 1.1 wire format ({@code X-Amz-Target: AWSEvents.<Operation>}) in front of the
 * event router. Holds no state of its own.
 */
public final class EventBridgeProtocol implements ServiceEndpoint {

    private static final String TARGET_PREFIX = "AWSEvents.";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    /** PutEvents takes at most ten entries. */
    private static final int MAX_ENTRIES = 10;

    private final ObjectMapper json = new ObjectMapper();
    private final EventRouter router;

    public EventBridgeProtocol(EventRouter router) {
        this.router = router;
    }

    @Override
    public AwsResponse handle(AwsRequest request) {
        String target = request.header("X-Amz-Target");
        if (target == null || !target.startsWith(TARGET_PREFIX)) {
            return AwsErrors.json(400, "UnknownOperationException", "missing or unknown X-Amz-Target: " + target);
        }
        JsonNode body;
        try {
            body = json.readTree(request.body());
        } catch (IOException e) {
            return AwsErrors.json(400, "SerializationException", "the request body is not valid JSON: " + e.getMessage());
        }
        String operation = target.substring(TARGET_PREFIX.length());
        if (!operation.equals("PutEvents")) {
            return AwsErrors.json(400, "UnknownOperationException",
                    "the local runtime does not serve EventBridge operation " + operation + " yet");
        }
        return putEvents(body);
    }

    private AwsResponse putEvents(JsonNode body) {
        JsonNode entries = body == null ? null : body.get("Entries");
        if (entries == null || !entries.isArray() || entries.isEmpty() || entries.size() > MAX_ENTRIES) {
            return AwsErrors.json(400, "ValidationException", "1 validation error detected: Value at 'entries' failed"
                    + " to satisfy constraint: Member must have length less than or equal to 10 and at least 1");
        }
        List<PutEventsEntry> requests = new ArrayList<>();
        for (JsonNode entry : entries) {
            requests.add(entry(entry));
        }
        List<PutEventsResult> results = router.putEvents(requests);
        ObjectNode response = json.createObjectNode();
        response.put("FailedEntryCount", results.stream().filter(PutEventsResult::isFailure).count());
        ArrayNode resultEntries = response.putArray("Entries");
        for (PutEventsResult result : results) {
            ObjectNode entry = resultEntries.addObject();
            if (result.isFailure()) {
                entry.put("ErrorCode", result.errorCode()).put("ErrorMessage", result.errorMessage());
            } else {
                entry.put("EventId", result.eventId());
            }
        }
        return AwsResponse.of(200, CONTENT_TYPE, response.toString());
    }

    private static PutEventsEntry entry(JsonNode entry) {
        List<String> resources = new ArrayList<>();
        entry.path("Resources").forEach(resource -> resources.add(resource.asText()));
        JsonNode time = entry.get("Time");
        // The SDKs send Time as epoch seconds (with a fraction).
        Instant instant = time == null || !time.isNumber() ? null
                : Instant.ofEpochMilli(Math.round(time.asDouble() * 1000));
        return new PutEventsEntry(text(entry, "EventBusName"), text(entry, "Source"), text(entry, "DetailType"),
                text(entry, "Detail"), instant, resources);
    }

    private static String text(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
