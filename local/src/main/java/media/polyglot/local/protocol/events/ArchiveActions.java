package media.polyglot.local.protocol.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import media.polyglot.local.engine.events.Archive;
import media.polyglot.local.engine.events.EventBus;
import media.polyglot.local.engine.events.EventRouter;
import media.polyglot.local.engine.events.ReplayExistsException;
import media.polyglot.local.engine.events.ReplayStatus;
import media.polyglot.local.engine.events.Replayer;

/** CreateArchive, DescribeArchive, StartReplay, DescribeReplay. */
final class ArchiveActions {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final EventRouter router;
    private final Replayer replayer;

    ArchiveActions(EventRouter router, Replayer replayer) {
        this.router = router;
        this.replayer = replayer;
    }

    JsonNode createArchive(JsonNode request) {
        String name = Requests.required(request, "ArchiveName");
        EventBus bus = Requests.bus(router, request, "EventSourceArn");
        try {
            Archive archive = router.createArchive(name, bus.arn(), Requests.optional(request, "EventPattern"),
                    request.path("RetentionDays").asInt(0));
            return NODES.objectNode().put("ArchiveArn", archive.arn()).put("State", "ENABLED")
                    .put("CreationTime", Instant.now().getEpochSecond());
        } catch (IllegalStateException e) {
            throw new EventBridgeException("ResourceAlreadyExistsException", e.getMessage());
        }
    }

    JsonNode describeArchive(JsonNode request) {
        Archive archive = archive(Requests.required(request, "ArchiveName"));
        ObjectNode json = NODES.objectNode().put("ArchiveName", archive.name()).put("ArchiveArn", archive.arn())
                .put("EventSourceArn", archive.sourceBusArn()).put("State", "ENABLED")
                .put("RetentionDays", archive.retentionDays()).put("EventCount", archive.eventCount());
        if (archive.pattern() != null) {
            json.put("EventPattern", archive.pattern());
        }
        return json;
    }

    JsonNode startReplay(JsonNode request) {
        Archive archive = archive(Requests.required(request, "EventSourceArn"));
        JsonNode destination = request.path("Destination");
        List<String> filterArns = new ArrayList<>();
        destination.path("FilterArns").forEach(arn -> filterArns.add(arn.asText()));
        try {
            ReplayStatus replay = replayer.start(Requests.required(request, "ReplayName"), archive,
                    Requests.time(request, "EventStartTime"), Requests.time(request, "EventEndTime"),
                    Requests.required(destination, "Arn"), filterArns);
            return NODES.objectNode().put("ReplayArn", replay.arn()).put("State", replay.state())
                    .put("ReplayStartTime", seconds(replay.replayStartTime()));
        } catch (ReplayExistsException e) {
            throw new EventBridgeException("ResourceAlreadyExistsException", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw EventBridgeException.invalid(e.getMessage());
        }
    }

    JsonNode describeReplay(JsonNode request) {
        String name = Requests.required(request, "ReplayName");
        ReplayStatus replay = replayer.describe(name);
        if (replay == null) {
            throw EventBridgeException.notFound("Replay " + name + " does not exist.");
        }
        ObjectNode json = NODES.objectNode().put("ReplayName", replay.name()).put("ReplayArn", replay.arn())
                .put("EventSourceArn", replay.archiveArn()).put("State", replay.state())
                .put("EventStartTime", seconds(replay.eventStartTime()))
                .put("EventEndTime", seconds(replay.eventEndTime()))
                .put("ReplayStartTime", seconds(replay.replayStartTime()));
        if (replay.stateReason() != null) {
            json.put("StateReason", replay.stateReason());
        }
        if (replay.eventLastReplayedTime() != null) {
            json.put("EventLastReplayedTime", seconds(replay.eventLastReplayedTime()));
        }
        if (replay.replayEndTime() != null) {
            json.put("ReplayEndTime", seconds(replay.replayEndTime()));
        }
        ObjectNode destination = json.putObject("Destination").put("Arn", replay.destinationArn());
        var filters = destination.putArray("FilterArns");
        replay.filterArns().forEach(filters::add);
        return json;
    }

    private Archive archive(String nameOrArn) {
        Archive archive = router.archive(nameOrArn);
        if (archive == null) {
            throw EventBridgeException.notFound("Archive " + nameOrArn + " does not exist.");
        }
        return archive;
    }

    private static double seconds(Instant instant) {
        return instant.toEpochMilli() / 1000.0;
    }
}
