package media.polyglot.local.engine.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import media.polyglot.local.engine.events.policy.BusPolicy;
import media.polyglot.local.engine.events.policy.PutEventsRequest;
import media.polyglot.local.observe.CorrelationIds;
import media.polyglot.local.observe.HopKind;
import media.polyglot.local.observe.HopLog;

/**
 * EventBridge's put path: each entry is checked as PutEvents checks it, stamped with an id and a
 * time, offered to the bus's archives, matched against the bus's rules and handed to delivery for
 * every target of every matching rule. Entries fail one by one, never the whole call.
 */
public final class EventRouter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, EventBus> buses = new ConcurrentHashMap<>();
    private final Map<String, Archive> archives = new ConcurrentHashMap<>();
    private final TargetDelivery delivery;
    private final String region;
    private final String accountId;
    private final Clock clock;
    private final HopLog hops;
    private final Path dataDir;
    /** A fault injected before an entry is put (the local runtime's fault hooks), or null to let it through. */
    private volatile Function<PutEventsEntry, PutEventsResult> refusals = entry -> null;

    /**
     * @param dataDir where archives are kept across restarts, or null to keep them in memory
     */
    public EventRouter(TargetDelivery delivery, String region, String accountId, Clock clock, HopLog hops,
                       Path dataDir) {
        this.delivery = delivery;
        this.hops = hops;
        this.dataDir = dataDir;
        this.region = region;
        this.accountId = accountId;
        this.clock = clock;
        createBus("default");
    }

    public EventBus createBus(String name) {
        return buses.computeIfAbsent(name, n -> new EventBus(n, arn("event-bus/" + n)));
    }

    /** The bus with this name or ARN, or null. */
    public EventBus bus(String nameOrArn) {
        String name = nameOrArn == null || nameOrArn.isEmpty() ? "default"
                : nameOrArn.substring(nameOrArn.lastIndexOf('/') + 1);
        return buses.get(name);
    }

    /** Every bus, by name. */
    public List<EventBus> buses() {
        return buses.values().stream().sorted(Comparator.comparing(EventBus::name)).toList();
    }

    /** Every archive of the bus with this ARN. */
    public List<Archive> archivesOf(String busArn) {
        return archives.values().stream().filter(archive -> archive.sourceBusArn().equals(busArn)).toList();
    }

    public Archive createArchive(String name, String sourceBusArn, String pattern, int retentionDays) {
        Archive archive = new Archive(name, arn("archive/" + name), sourceBusArn, pattern, retentionDays, dataDir);
        if (archives.putIfAbsent(name, archive) != null) {
            throw new IllegalStateException("Archive " + name + " already exists.");
        }
        return archive;
    }

    /** The archive with this name or ARN, or null. */
    public Archive archive(String nameOrArn) {
        return archives.get(nameOrArn.substring(nameOrArn.lastIndexOf('/') + 1));
    }

    public String arn(String resource) {
        return "arn:aws:events:" + region + ":" + accountId + ":" + resource;
    }

    /** The account that owns every bus here. */
    public String accountId() {
        return accountId;
    }

    public void refuseEntriesWith(Function<PutEventsEntry, PutEventsResult> refusals) {
        this.refusals = refusals;
    }

    public boolean supportsTarget(String targetArn) {
        return delivery.supports(targetArn);
    }

    public List<PutEventsResult> putEvents(List<PutEventsEntry> entries) {
        return putEvents(accountId, entries);
    }

    /** Entries put by {@code callerAccount}: another account's need the bus policy's allowance. */
    public List<PutEventsResult> putEvents(String callerAccount, List<PutEventsEntry> entries) {
        List<PutEventsResult> results = new ArrayList<>(entries.size());
        List<TargetDelivery.Routed> routed = new ArrayList<>();
        for (PutEventsEntry entry : entries) {
            results.add(put(callerAccount, entry, routed));
        }
        delivery.deliverAll(routed);
        return results;
    }

    /** An event another bus's rule delivers here: matched by this bus's rules as it is. */
    void forward(String busArn, ObjectNode event) {
        EventBus bus = bus(busArn);
        if (bus == null) {
            throw new IllegalStateException("event bus " + busArn + " does not exist");
        }
        List<TargetDelivery.Routed> routed = new ArrayList<>();
        route(bus, event, routed);
        delivery.deliverAll(routed);
    }

    /** A replayed event: only the rules named (all when none are) see it, and no archive keeps it. */
    void replay(String busArn, ObjectNode event, List<String> ruleArns) {
        EventBus bus = bus(busArn);
        if (bus == null) {
            throw new IllegalStateException("event bus " + busArn + " does not exist");
        }
        List<TargetDelivery.Routed> routed = new ArrayList<>();
        for (Rule rule : bus.match(BusEvent.fromJson(event))) {
            if (ruleArns.isEmpty() || ruleArns.contains(rule.arn())) {
                rule.targets().forEach(target -> routed.add(new TargetDelivery.Routed(rule, target, event)));
            }
        }
        delivery.deliverAll(routed);
    }

    private PutEventsResult put(String callerAccount, PutEventsEntry entry, List<TargetDelivery.Routed> routed) {
        PutEventsResult invalid = EntryValidation.check(entry);
        if (invalid != null) {
            return invalid;
        }
        PutEventsResult refused = refusals.apply(entry);
        if (refused != null) {
            return refused;
        }
        EventBus bus = bus(entry.eventBusName());
        // AWS has been seen to accept and silently drop such entries; failing them is kinder to a developer.
        if (bus == null) {
            return PutEventsResult.failed("ResourceNotFoundException",
                    "Event bus " + entry.eventBusName() + " does not exist.");
        }
        PutEventsRequest asked = new PutEventsRequest(callerAccount, bus.arn(), entry.source(), entry.detailType());
        if (!bus.policy().allows(asked, accountId)) {
            return PutEventsResult.failed("AccessDeniedException", BusPolicy.refusal(asked));
        }
        JsonNode detail;
        try {
            detail = JSON.readTree(entry.detail());
        } catch (Exception e) {
            return PutEventsResult.failed("MalformedDetail", "Detail is malformed.");
        }
        if (detail == null || !detail.isObject() || EntryValidation.spellsLoneSurrogate(entry.detail(), detail)) {
            return PutEventsResult.failed("MalformedDetail", "Detail is malformed.");
        }
        Instant time = entry.time() == null ? clock.instant() : entry.time();
        BusEvent event = new BusEvent(UUID.randomUUID().toString(), entry.source(), entry.detailType(), detail, time,
                callerAccount, region, entry.resources());
        route(bus, event.toJson(), routed);
        return PutEventsResult.accepted(event.id());
    }

    /** Archives the event and adds a delivery for each target of each rule it matches. */
    private void route(EventBus bus, ObjectNode event, List<TargetDelivery.Routed> routed) {
        Instant receivedAt = clock.instant();
        archives.values().forEach(archive -> archive.offer(bus.arn(), event, receivedAt));
        List<Rule> matched = bus.match(BusEvent.fromJson(event));
        hops.record(HopKind.EVENT_PUT, bus.name(), CorrelationIds.first(event.path("detail")),
                event.path("id").asText(), -1, null, Map.of(
                        "detailType", event.path("detail-type").asText(),
                        "source", event.path("source").asText(),
                        "rules", String.join(",", matched.stream().map(Rule::name).toList()),
                        "causationId", event.path("detail").path("metadata").path("causationId").asText(""),
                        "envelopeEventId", event.path("detail").path("metadata").path("eventId").asText("")));
        for (Rule rule : matched) {
            rule.targets().forEach(target -> routed.add(new TargetDelivery.Routed(rule, target, event)));
        }
    }
}
