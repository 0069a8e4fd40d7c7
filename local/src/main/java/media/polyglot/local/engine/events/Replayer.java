package media.polyglot.local.engine.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * Replays an archive's events between two times to its bus, in the order they were received. A
 * replayed event carries {@code replay-name}, as EventBridge sets it, and goes only to the rules
 * the replay names (every rule of the bus when it names none). Replays run in the background;
 * DescribeReplay follows them.
 */
public final class Replayer {

    private final EventRouter router;
    private final Executor executor;
    private final Clock clock;
    private final Map<String, ReplayStatus> replays = new ConcurrentHashMap<>();

    public Replayer(EventRouter router, Executor executor, Clock clock) {
        this.router = router;
        this.executor = executor;
        this.clock = clock;
    }

    public ReplayStatus start(String name, Archive archive, Instant from, Instant to, String destinationBusArn,
                              List<String> ruleArns) {
        return start(name, archive, from, to, destinationBusArn, ruleArns, null);
    }

    /**
     * As StartReplay, replaying only the archived events that match {@code pattern} (all when it is
     * null): the local CLI's {@code replay --pattern}, which EventBridge's API does not have.
     */
    public ReplayStatus start(String name, Archive archive, Instant from, Instant to, String destinationBusArn,
                              List<String> ruleArns, String pattern) {
        if (pattern != null) {
            Patterns.requireValid(pattern, "replay " + name);
        }
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("EventStartTime must be before EventEndTime");
        }
        if (!destinationBusArn.equals(archive.sourceBusArn())) {
            throw new IllegalArgumentException("Parameter Destination.Arn is not valid. Reason: Cross event bus replay"
                    + " is not permitted.");
        }
        String arn = archive.arn().replace(":archive/" + archive.name(), ":replay/" + name);
        ReplayStatus starting = new ReplayStatus(name, arn, archive.arn(), "STARTING", null, from, to, null,
                clock.instant(), null, destinationBusArn, List.copyOf(ruleArns), 0, 0);
        if (replays.putIfAbsent(name, starting) != null) {
            throw new ReplayExistsException(name);
        }
        executor.execute(() -> run(starting, archive, pattern));
        return starting;
    }

    /** The replay's status, or null when there is no replay of that name. */
    public ReplayStatus describe(String name) {
        return replays.get(name);
    }

    private void run(ReplayStatus replay, Archive archive, String pattern) {
        List<Archive.ArchivedEvent> events = archive.between(replay.eventStartTime(), replay.eventEndTime(), clock.instant())
                .stream().filter(archived -> pattern == null || Patterns.matches(pattern, archived.event().toString()))
                .toList();
        Instant last = null;
        int count = 0;
        update(replay, "RUNNING", null, null, 0, events.size(), null);
        try {
            for (Archive.ArchivedEvent archived : events) {
                ObjectNode event = archived.event().deepCopy();
                event.put("replay-name", replay.name());
                router.replay(replay.destinationArn(), event, replay.filterArns());
                last = archived.receivedAt();
                count++;
                update(replay, "RUNNING", null, last, count, events.size(), null);
            }
            update(replay, "COMPLETED", null, last, count, events.size(), clock.instant());
        } catch (RuntimeException e) {
            update(replay, "FAILED", e.getMessage(), last, count, events.size(), clock.instant());
        }
    }

    private void update(ReplayStatus replay, String state, String reason, Instant last, int count, int total,
                        Instant end) {
        replays.put(replay.name(), new ReplayStatus(replay.name(), replay.arn(), replay.archiveArn(), state, reason,
                replay.eventStartTime(), replay.eventEndTime(), last, replay.replayStartTime(), end,
                replay.destinationArn(), replay.filterArns(), count, total));
    }
}
