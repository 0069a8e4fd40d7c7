package media.polyglot.local.protocol.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import media.polyglot.local.engine.events.EventRouter;
import media.polyglot.local.engine.events.PutEventsEntry;
import media.polyglot.local.engine.events.PutEventsResult;

/** PutEvents: at most ten entries, each accepted or failed on its own, put by the caller's account. */
final class PutEventsAction {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** PutEvents takes at most ten entries. */
    private static final int MAX_ENTRIES = 10;

    /** 1 MB since 2026-01-29 (256 KB before), summed over the entries as AWS's "Calculating PutEvents entry size" does. */
    private static final long MAX_REQUEST_BYTES = 1024 * 1024;

    private final EventRouter router;

    PutEventsAction(EventRouter router) {
        this.router = router;
    }

    JsonNode putEvents(JsonNode request, String callerAccount) {
        JsonNode entries = request.get("Entries");
        if (entries == null || !entries.isArray() || entries.isEmpty() || entries.size() > MAX_ENTRIES) {
            throw EventBridgeException.invalid("1 validation error detected: Value at 'entries' failed to satisfy"
                    + " constraint: Member must have length less than or equal to 10 and at least 1");
        }
        List<PutEventsEntry> requests = new ArrayList<>();
        entries.forEach(entry -> requests.add(entry(entry)));
        if (requests.stream().mapToLong(PutEventsAction::size).sum() > MAX_REQUEST_BYTES) {
            throw EventBridgeException.invalid("Total size of the entries in the request is over the limit.");
        }
        List<PutEventsResult> results = router.putEvents(callerAccount, requests);
        ObjectNode response = NODES.objectNode();
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
        return response;
    }

    /** An entry's size: 14 bytes for a time, then the UTF-8 bytes of source, detail-type, detail and resources. */
    private static long size(PutEventsEntry entry) {
        long size = (entry.time() == null ? 0 : 14) + utf8(entry.source()) + utf8(entry.detailType()) + utf8(entry.detail());
        for (String resource : entry.resources()) {
            size += utf8(resource);
        }
        return size;
    }

    private static long utf8(String text) {
        return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static PutEventsEntry entry(JsonNode entry) {
        List<String> resources = new ArrayList<>();
        entry.path("Resources").forEach(resource -> resources.add(resource.asText()));
        JsonNode time = entry.get("Time");
        // The SDKs send Time as epoch seconds (with a fraction).
        Instant instant = time == null || !time.isNumber() ? null : Instant.ofEpochMilli(Math.round(time.asDouble() * 1000));
        return new PutEventsEntry(Requests.optional(entry, "EventBusName"), Requests.optional(entry, "Source"),
                Requests.optional(entry, "DetailType"), Requests.optional(entry, "Detail"), instant, resources);
    }
}
