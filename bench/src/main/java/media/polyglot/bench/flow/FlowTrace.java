package media.polyglot.bench.flow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import media.polyglot.bench.Latencies;

/**
 * The flows of a run read from their hops: which completed (ContentPublished put on the bus), how long each took
 * from its submission, and every hop between two events, linked by the envelope's causation id: an event put at
 * {@code t1} whose causationId is the eventId of an event put at {@code t0} took the hop "cause -&gt; effect" in
 * {@code t1 - t0} (the rule, the queue, the consumer and its publish). The first hop is from the submission to
 * ContentSubmitted (the content API's transaction, the outbox stream and the relay).
 */
final class FlowTrace {

    static final String PUBLISHED = "ContentPublished";
    static final String SUBMIT = "submit";

    private final Map<String, Instant> submitted;
    private final Map<String, List<TracedHop>> byFlow;
    private final Map<String, Duration> flowTimes = new HashMap<>();
    private final Map<String, Latencies> hopTimes = new TreeMap<>();
    private final Map<List<String>, Integer> chains = new HashMap<>();

    FlowTrace(Map<String, Instant> submitted, List<TracedHop> hops) {
        this.submitted = submitted;
        this.byFlow = hops.stream().collect(Collectors.groupingBy(TracedHop::correlationId));
        byFlow.forEach(this::read);
    }

    private void read(String flow, List<TracedHop> hops) {
        Instant start = submitted.get(flow);
        if (start == null) {
            return;
        }
        List<TracedHop> puts = hops.stream().filter(h -> h.is("EVENT_PUT") && h.envelopeEventId() != null).toList();
        Map<String, TracedHop> byEventId = puts.stream()
                .collect(Collectors.toMap(TracedHop::envelopeEventId, Function.identity(), (a, b) -> a));
        for (TracedHop put : puts) {
            TracedHop cause = byEventId.get(put.causationId());
            if (cause != null) {
                latency(cause.detailType() + " -> " + put.detailType(), Duration.between(cause.time(), put.time()));
            } else if (put.detailType().equals("ContentSubmitted")) {
                latency(SUBMIT + " -> ContentSubmitted", Duration.between(start, put.time()));
            }
        }
        puts.stream().filter(p -> p.detailType().equals(PUBLISHED)).findFirst().ifPresent(published -> {
            flowTimes.put(flow, Duration.between(start, published.time()));
            chains.merge(chain(published, byEventId), 1, Integer::sum);
        });
    }

    /** The hops from the submission to {@code published}, following causation ids back. */
    private static List<String> chain(TracedHop published, Map<String, TracedHop> byEventId) {
        List<String> keys = new ArrayList<>();
        TracedHop effect = published;
        TracedHop cause = byEventId.get(effect.causationId());
        while (cause != null && keys.size() < 20) {
            keys.add(cause.detailType() + " -> " + effect.detailType());
            effect = cause;
            cause = byEventId.get(effect.causationId());
        }
        keys.add(SUBMIT + " -> " + effect.detailType());
        Collections.reverse(keys);
        return keys;
    }

    private void latency(String hop, Duration duration) {
        hopTimes.computeIfAbsent(hop, h -> new Latencies()).add(duration.toNanos());
    }

    int completed() {
        return flowTimes.size();
    }

    /** Submission to ContentPublished on the bus, of every completed flow. */
    Latencies flowLatencies() {
        Latencies latencies = new Latencies();
        flowTimes.values().forEach(d -> latencies.add(d.toNanos()));
        return latencies;
    }

    /** Every kind of hop seen, by "cause -&gt; effect". */
    Map<String, Latencies> hopLatencies() {
        return Collections.unmodifiableMap(hopTimes);
    }

    /** The hops of the path most flows took from submission to ContentPublished, in order. */
    List<String> criticalPath() {
        return chains.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(List.of());
    }

    /** The hops of the bench's flows, by flow. */
    Map<String, List<TracedHop>> flows() {
        return Collections.unmodifiableMap(byFlow);
    }

    /** Events put on a bus by the bench's flows, per second, from the first put to the last. */
    double busEventsPerSecond() {
        List<Instant> puts = byFlow.values().stream().flatMap(List::stream).filter(h -> h.is("EVENT_PUT"))
                .map(TracedHop::time).sorted().toList();
        if (puts.size() < 2) {
            return 0;
        }
        double seconds = Duration.between(puts.get(0), puts.get(puts.size() - 1)).toNanos() / 1e9;
        return seconds == 0 ? 0 : puts.size() / seconds;
    }

    /** How many flows got as far as each event type (the last event each put), e.g. {ContentPublished.v2=980, ...}. */
    Map<String, Long> furthest() {
        Map<String, Long> furthest = new TreeMap<>();
        byFlow.values().forEach(hops -> hops.stream().filter(h -> h.is("EVENT_PUT")).reduce((a, b) -> b)
                .ifPresent(last -> furthest.merge(last.detailType(), 1L, Long::sum)));
        return furthest;
    }
}
