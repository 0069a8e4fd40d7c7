package media.polyglot.bench.flow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dollars per million content flows on AWS, from what one run's flows did on the synthesized template (events put,
 * the rules each matched and their targets, the invocations with their memory and duration, the table writes and
 * topic publishes the runtime recorded) and {@link Prices}. Assumptions, where the local run cannot count:
 * <ul>
 *   <li>an SQS-delivered message costs three requests: EventBridge's SendMessage, and the event source mapping's
 *       ReceiveMessage and delete (a trickle of flows gives batches of one; larger batches cost less); empty
 *       receives of idle pollers are a fixed cost per queue, not per flow, and left out;</li>
 *   <li>each consumed message costs the consumer's bookkeeping from {@code functions/common}: the causation ledger's
 *       GetItem (eventually consistent: half a read unit) and PutItem, the idempotency claim's PutItem and its
 *       UpdateItem to COMPLETED: 3 write units;</li>
 *   <li>a recorded TransactWriteItems counts 3 items at 2 write units each (audit appends 3, content saves 2: an upper
 *       bound); every other recorded write 1 unit (items under 1 KB); the outbox stream's reads by Lambda are free;</li>
 *   <li>a rule target on another account's bus is one cross-account event; locally it fails and is retried, on AWS
 *       the partner's bus receives it once;</li>
 *   <li>Lambda durations are this machine's; a 512 MB function on AWS has about a third of a vCPU.</li>
 * </ul>
 */
final class CostModel {

    /** What one content flow uses, on average. */
    record Usage(double lambdaRequests, double gbSeconds, double putEntries, double crossAccountEvents,
                 double sqsStandardRequests, double sqsFifoRequests, double snsPublishes, double writeUnits,
                 double readUnits) {

        /** Dollars per million flows. */
        double dollarsPerMillion() {
            return 1e6 * (lambdaRequests * Prices.LAMBDA_REQUEST + gbSeconds * Prices.LAMBDA_GB_SECOND
                    + putEntries * Prices.EVENTBRIDGE_CUSTOM_EVENT + crossAccountEvents * Prices.EVENTBRIDGE_CROSS_ACCOUNT_EVENT
                    + sqsStandardRequests * Prices.SQS_STANDARD_REQUEST + sqsFifoRequests * Prices.SQS_FIFO_REQUEST
                    + snsPublishes * Prices.SNS_PUBLISH + writeUnits * Prices.DYNAMODB_WRITE_UNIT
                    + readUnits * Prices.DYNAMODB_READ_UNIT);
        }
    }

    private static final int SQS_REQUESTS_PER_MESSAGE = 3;
    private static final double BOOKKEEPING_WRITES = 3;
    private static final double BOOKKEEPING_READS = 0.5;
    private static final double TRANSACTION_WRITE_UNITS = 6;
    private static final String LOCAL_ACCOUNT = ":000000000000:";

    private final Map<String, Integer> memoryMb = new HashMap<>();
    private final Map<String, List<String>> targetsByRule = new HashMap<>();

    CostModel(JsonNode status) {
        status.path("functions").forEach(f -> memoryMb.put(f.path("name").asText(), f.path("memoryMb").asInt()));
        for (JsonNode bus : status.path("buses")) {
            for (JsonNode rule : bus.path("rules")) {
                List<String> arns = new ArrayList<>();
                rule.path("targetArns").forEach(arn -> arns.add(arn.asText()));
                targetsByRule.put(rule.path("name").asText(), arns);
            }
        }
    }

    /** The event-driven design as it ran, per flow, over the hops of {@code flows} completed flows. */
    Usage eventDriven(List<TracedHop> hops, int flows) {
        double puts = 0;
        double crossAccount = 0;
        double standardMessages = 0;
        double fifoMessages = 0;
        double publishes = 0;
        Map<String, TracedHop> invocations = new HashMap<>();
        for (TracedHop hop : hops) {
            switch (hop.kind()) {
                case "EVENT_PUT" -> {
                    puts++;
                    for (String rule : hop.rules().split(",")) {
                        for (String arn : targetsByRule.getOrDefault(rule, List.of())) {
                            if (arn.contains(":event-bus/") && !arn.contains(LOCAL_ACCOUNT)) {
                                crossAccount++;
                            } else if (arn.contains(":sqs:") && arn.endsWith(".fifo")) {
                                fifoMessages++;
                            } else if (arn.contains(":sqs:")) {
                                standardMessages++;
                                // Publishing's sequencer forwards each message to its FIFO queue, in content order.
                                fifoMessages += arn.contains("SequenceByContent") ? 1 : 0;
                            }
                        }
                    }
                }
                case "FUNCTION_INVOKED", "HTTP_REQUEST" -> invocations.putIfAbsent(invocationOf(hop), hop);
                case "TOPIC_PUBLISHED" -> publishes++;
                default -> {
                }
            }
        }
        double gbSeconds = invocations.values().stream()
                .mapToDouble(i -> memoryGb(i.resource()) * i.durationMillis() / 1000.0).sum();
        double consumed = standardMessages + fifoMessages;
        return new Usage(invocations.size() / (double) flows, gbSeconds / flows, puts / flows, crossAccount / flows,
                standardMessages * SQS_REQUESTS_PER_MESSAGE / flows, fifoMessages * SQS_REQUESTS_PER_MESSAGE / flows,
                publishes / flows, (domainWriteUnits(hops) + consumed * BOOKKEEPING_WRITES) / flows,
                consumed * BOOKKEEPING_READS / flows);
    }

    /**
     * The same flow as synchronous calls, the design the event backbone replaced: the content API invokes moderation,
     * then localization, which invokes the vendor once per language, then publishing, which invokes notifications and
     * the catalog; each step invokes the audit store for each fact it records. Every caller is billed while it waits
     * for its callees. Each function's own work is its median invocation time in this run; there are no events, no
     * queues, no outbox and no idempotency bookkeeping; the domain writes and the SNS publishes are the same.
     */
    Usage synchronous(List<TracedHop> hops, int flows, int languages, Usage eventDriven) {
        // Publishes are the readers' notices: the same in both designs.
        Map<String, List<Long>> durations = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (TracedHop hop : hops) {
            if ((hop.is("FUNCTION_INVOKED") || hop.is("HTTP_REQUEST")) && seen.add(invocationOf(hop))) {
                durations.computeIfAbsent(hop.resource(), f -> new ArrayList<>()).add(hop.durationMillis());
            }
        }
        Step audit = step(durations, "AppendToEventStore");
        Step vendor = step(durations, "SandboxTranslation");
        Step catalog = step(durations, "CatalogProjection");
        Step notifications = step(durations, "NotifyReaders");
        // Facts recorded: submitted, approved, one request and one completion per language, published (v1 and v2).
        Step moderation = step(durations, "ModerateContent").calls(audit, 1);
        Step localization = step(durations, "LocalizeContent").calls(vendor, languages).calls(audit, 2.0 * languages);
        Step publishing = step(durations, "PublishingProcess").calls(notifications, 1).calls(catalog, 2 + languages)
                .calls(audit, 2);
        Step api = step(durations, "ContentApi").calls(audit, 1).calls(moderation, 1).calls(localization, 1)
                .calls(publishing, 1);
        return new Usage(api.invocations(), api.gbSeconds(), 0, 0, 0, 0, eventDriven.snsPublishes(),
                domainWriteUnits(hops) / flows, 0);
    }

    /** The writes the runtime recorded (those carrying a flow's correlation id: state, outbox, event store). */
    private static double domainWriteUnits(List<TracedHop> hops) {
        return hops.stream().filter(h -> h.is("TABLE_WRITTEN"))
                .mapToDouble(h -> h.resource().equals("TransactWriteItems") ? TRANSACTION_WRITE_UNITS : 1).sum();
    }

    /**
     * One invocation: a function's hop carries its request id (once per flow in its batch); a Function URL's
     * invocation is recorded by the runtime without the flow, so its HTTP request stands for it.
     */
    private static String invocationOf(TracedHop hop) {
        return hop.resource() + " " + (hop.is("HTTP_REQUEST") ? "http-" + hop.sequence() : hop.requestId());
    }

    private Step step(Map<String, List<Long>> durations, String function) {
        String name = durations.keySet().stream().filter(f -> f.contains(function)).findFirst().orElse(null);
        if (name == null) {
            return new Step(0, 0.5);
        }
        List<Long> sorted = durations.get(name).stream().sorted().toList();
        return new Step(sorted.get(sorted.size() / 2) / 1000.0, memoryGb(name));
    }

    private double memoryGb(String function) {
        return memoryMb.getOrDefault(function, 512) / 1024.0;
    }

    /** One synchronous function with its callees: billed for its own work and for waiting on each callee. */
    private record Step(double ownSeconds, double gb, List<Step> callees, List<Double> times) {

        Step(double ownSeconds, double gb) {
            this(ownSeconds, gb, List.of(), List.of());
        }

        Step calls(Step callee, double count) {
            List<Step> moreCallees = new ArrayList<>(callees);
            List<Double> moreTimes = new ArrayList<>(times);
            moreCallees.add(callee);
            moreTimes.add(count);
            return new Step(ownSeconds, gb, moreCallees, moreTimes);
        }

        double seconds() {
            double total = ownSeconds;
            for (int i = 0; i < callees.size(); i++) {
                total += times.get(i) * callees.get(i).seconds();
            }
            return total;
        }

        double invocations() {
            double total = 1;
            for (int i = 0; i < callees.size(); i++) {
                total += times.get(i) * callees.get(i).invocations();
            }
            return total;
        }

        double gbSeconds() {
            double total = gb * seconds();
            for (int i = 0; i < callees.size(); i++) {
                total += times.get(i) * callees.get(i).gbSeconds();
            }
            return total;
        }
    }
}
