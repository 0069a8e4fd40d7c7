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

    /** A bus of the router's own account. */
    public EventBus createBus(String name) {
        return createBus(accountId, name);
    }

    /** A bus of {@code account}; each account has its own names, as each has its own {@code default} bus. */
    public EventBus createBus(String account, String name) {
        String arn = arn(account, "event-bus/" + name);
        return buses.computeIfAbsent(arn, a -> new EventBus(name, a));
    }

    /** The bus with this ARN, or of this name in the router's own account, or null. */
    public EventBus bus(String nameOrArn) {
        return bus(accountId, nameOrArn);
    }

    /** The bus with this ARN, or of this name in {@code account} (the default bus when none is named), or null. */
    public EventBus bus(String account, String nameOrArn) {
        if (nameOrArn != null && nameOrArn.startsWith("arn:")) {
            return buses.get(nameOrArn);
        }
        String name = nameOrArn == null || nameOrArn.isEmpty() ? "default" : nameOrArn;
        return buses.get(arn(account, "event-bus/" + name));
    }

    /** Every bus, by name then account. */
    public List<EventBus> buses() {
        return buses.values().stream().sorted(Comparator.comparing(EventBus::name).thenComparing(EventBus::account))
                .toList();
    }

    /** Every archive of the bus with this ARN. */
    public List<Archive> archivesOf(String busArn) {
        return archives.values().stream().filter(archive -> archive.sourceBusArn().equals(busArn)).toList();
    }

    public Archive createArchive(String name, String sourceBusArn, String pattern, int retentionDays) {
        Archive archive = new Archive(name, arn(Arns.account(sourceBusArn), "archive/" + name), sourceBusArn, pattern,
                retentionDays, dataDir);
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
        return arn(accountId, resource);
    }

    public String arn(String account, String resource) {
        return "arn:aws:events:" + region + ":" + account + ":" + resource;
    }

    /** The router's own account: a bus named without an account is its. */
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

    /**
     * Entries put by {@code callerAccount}: a bus named by name is the caller's own, as on AWS; another account's
     * bus, named by ARN, takes an entry only if its policy allows the caller.
     */
    public List<PutEventsResult> putEvents(String callerAccount, List<PutEventsEntry> entries) {
        List<PutEventsResult> results = new ArrayList<>(entries.size());
        List<TargetDelivery.Routed> routed = new ArrayList<>();
        for (PutEventsEntry entry : entries) {
            results.add(put(callerAccount, entry, routed));
        }
        delivery.deliverAll(routed);
        return results;
    }

    /**
     * An event a rule of {@code senderAccount} delivers to the bus of this ARN: matched by its rules as it is. A bus
     * of another account takes it only if its policy lets the sender put it, as on AWS, where the rule's account
     * calls PutEvents on the target bus.
     *
     * @throws TargetRefusedException when that bus's policy does not allow the sender
     */
    void forward(String busArn, ObjectNode event, String senderAccount) {
        EventBus bus = bus(busArn);
        if (bus == null) {
            throw new TargetRefusedException(TargetRefusedException.NO_RESOURCE, "event bus " + busArn + " does not exist");
        }
        PutEventsRequest asked = new PutEventsRequest(senderAccount, bus.arn(), event.path("source").asText(),
                event.path("detail-type").asText());
        if (!bus.policy().allows(asked, bus.account())) {
            throw new TargetRefusedException(TargetRefusedException.NO_PERMISSIONS, BusPolicy.refusal(asked));
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
        EventBus bus = bus(callerAccount, entry.eventBusName());
        // AWS has been seen to accept and silently drop such entries; failing them is kinder to a developer.
        if (bus == null) {
            return PutEventsResult.failed("ResourceNotFoundException",
                    "Event bus " + entry.eventBusName() + " does not exist.");
        }
        PutEventsRequest asked = new PutEventsRequest(callerAccount, bus.arn(), entry.source(), entry.detailType());
        if (!bus.policy().allows(asked, bus.account())) {
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
                        "busArn", bus.arn(),
                        "account", event.path("account").asText(),
                        "rules", String.join(",", matched.stream().map(Rule::name).toList()),
                        "causationId", event.path("detail").path("metadata").path("causationId").asText(""),
                        "envelopeEventId", event.path("detail").path("metadata").path("eventId").asText("")));
        for (Rule rule : matched) {
            rule.targets().forEach(target -> routed.add(new TargetDelivery.Routed(rule, target, event)));
        }
    }
}
