package media.polyglot.bench.flow;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import media.polyglot.bench.BenchException;
import media.polyglot.bench.Clients;
import media.polyglot.bench.Figure;
import media.polyglot.bench.Latencies;
import media.polyglot.bench.process.LocalRuntimeProcess;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The whole choreography under load: the project's own synthesized template on the local runtime, content items
 * submitted through the content Function URL at a steady rate, each translated into L languages by the sandbox
 * vendor and published. Figures: flows completed, events lost, submission to ContentPublished, every hop between two
 * events, the bus's event rate, the raw SQS hop of the same run, and what a million flows cost on AWS beside a
 * synchronous design of the same flow.
 */
final class FlowBenchmark {

    static final String NAME = "flow";
    private static final Duration WARM_UP = Duration.ofSeconds(300);
    /** How long the run may go without a flow completing before the rest count as not completed. */
    private static final Duration STALL = Duration.ofSeconds(90);
    /** A target retrying into an unreachable partner bus gives up after its retries (about a minute here). */
    private static final Duration SETTLE = Duration.ofSeconds(120);

    private final FlowOptions options;

    FlowBenchmark(FlowOptions options) {
        this.options = options;
    }

    List<Figure> run() throws Exception {
        Path cdkOut = options.root().resolve("cdk.out");
        if (!Files.isRegularFile(cdkOut.resolve("manifest.json"))) {
            throw new BenchException(cdkOut + " has no synthesized app: run ./polyglot bench flow (it builds and"
                    + " synthesizes), or ./polyglot up once");
        }
        progress("starting the local runtime on %s", cdkOut);
        String run = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        try (LocalRuntimeProcess runtime = LocalRuntimeProcess.start(options.root(), cdkOut);
             SqsClient sqs = Clients.on(SqsClient.builder(), runtime.endpoint(), 2)) {
            try {
                return measure(runtime, sqs, run);
            } catch (BenchException e) {
                throw new BenchException(e.getMessage() + "\nthe runtime's last lines:\n" + runtime.lastOutput(), e);
            }
        }
    }

    private List<Figure> measure(LocalRuntimeProcess runtime, SqsClient sqs, String run) throws Exception {
        Management management = new Management(runtime.endpoint());
        JsonNode status = management.status();
        URI contentApi = management.functionUrl(status, "content");
        URI historyApi = management.functionUrl(status, "audit");
        try (HopFollower follower = new HopFollower(management, run)) {
            warmUp(contentApi, follower, run + "-warm-");
            String prefix = run + "-flow-";
            Submitter submitter = new Submitter();
            Latencies raw;
            try (RawSqsHops rawHops = new RawSqsHops(sqs)) {
                progress("submitting %d contents x %d languages at %.0f/s", options.contents(), options.languages(),
                        options.rate());
                submitter.submit(contentApi, prefix, options.contents(), options.languages(), options.rate());
                progress("submitted: %d accepted, %d refused", submitter.submitted().size(), submitter.refused().size());
                awaitFlows(follower, prefix, submitter.submitted());
                raw = rawHops.latencies();
            }
            awaitSettled(() -> LossAccount.of(hops(follower, prefix), Set.of(), management.status()).retrying() == 0);
            List<TracedHop> settled = hops(follower, prefix);
            progress("reading the audit event store's stream");
            Set<String> audited;
            try {
                audited = AuditStream.eventIds(new FunctionUrlClient(), historyApi);
            } catch (BenchException e) {
                // The bus-side account still stands; the consumer-side one is reported as not made.
                progress("the audit store could not be read, so events are accounted for at the bus only: %s",
                        e.getMessage());
                audited = null;
            }
            LossAccount loss = LossAccount.of(settled, audited, management.status());
            FlowTrace trace = new FlowTrace(submitter.submitted(), settled);
            CostModel costs = new CostModel(status);
            return figures(trace, loss, raw, costs, settled, submitter, follower.missed());
        }
    }

    private void warmUp(URI contentApi, HopFollower follower, String prefix) throws Exception {
        progress("warming up: one flow starts every function (cold JVMs)");
        Submitter warm = new Submitter();
        warm.submit(contentApi, prefix, 1, options.languages(), 1);
        if (warm.submitted().isEmpty()) {
            throw new BenchException("the content API refused the warm-up submission: " + warm.refused());
        }
        long deadline = System.nanoTime() + WARM_UP.toNanos();
        while (completed(follower, prefix) < 1) {
            if (System.nanoTime() > deadline) {
                // On a loaded machine a JVM may miss Lambda's 10 s init limit and its batch waits out the visibility
                // timeout: the measured flows then include the rest of the cold starts, which the figures show.
                progress("the warm-up flow did not reach ContentPublished within %d s; measuring anyway",
                        WARM_UP.toSeconds());
                return;
            }
            Thread.sleep(250);
        }
    }

    private void awaitFlows(HopFollower follower, String prefix, Map<String, Instant> submitted) throws Exception {
        int done = 0;
        long lastProgress = System.nanoTime();
        long lastReport = 0;
        while (done < submitted.size() && System.nanoTime() - lastProgress < STALL.toNanos()) {
            Thread.sleep(500);
            int now = completed(follower, prefix);
            if (now > done) {
                done = now;
                lastProgress = System.nanoTime();
            }
            if (System.nanoTime() - lastReport > 10_000_000_000L) {
                progress("%d of %d flows published", done, submitted.size());
                lastReport = System.nanoTime();
            }
        }
    }

    private static void awaitSettled(BooleanSupplier settled) throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (!settled.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(1_000);
        }
    }

    private static List<TracedHop> hops(HopFollower follower, String prefix) {
        return follower.hops().stream().filter(h -> h.correlationId().startsWith(prefix)).toList();
    }

    private static int completed(HopFollower follower, String prefix) {
        return (int) follower.hops().stream().filter(h -> h.correlationId().startsWith(prefix) && h.is("EVENT_PUT")
                && FlowTrace.PUBLISHED.equals(h.detailType())).map(TracedHop::correlationId).distinct().count();
    }

    private List<Figure> figures(FlowTrace trace, LossAccount loss, Latencies raw, CostModel costs,
                                 List<TracedHop> hops, Submitter submitter, long missedHops) {
        List<Figure> figures = new ArrayList<>();
        int submitted = submitter.submitted().size();
        figures.add(Figure.atLeast(NAME, "flows completed (ContentPublished)", trace.completed(), "flows", options.contents())
                .withNote(options.contents() + " submitted, " + submitter.refused().size() + " refused"
                        + submitter.refused().values().stream().findFirst().map(r -> " (first: " + r.substring(0,
                                Math.min(120, r.length())) + ")").orElse("") + ", " + options.languages()
                        + " languages each; furthest event of each flow: " + trace.furthest()));
        figures.add(Figure.atMost(NAME, "lost", loss.lost(), "events", 0).withNote(String.format(
                "%d events put, %d rule matches: %d delivered, %d in a target DLQ, %d retrying; %d polyglot.* events"
                        + " not in the audit store, %d messages in DLQs, %d still queued",
                loss.published(), loss.matches(), loss.delivered(), loss.deadLettered(), loss.retrying(),
                loss.notAudited(), loss.inDeadLetters(), loss.stuck())));
        if (trace.completed() == 0) {
            return figures;
        }
        Latencies flow = trace.flowLatencies();
        figures.add(Figure.of(NAME, "submit -> ContentPublished, p50", flow.percentileMillis(50), "ms"));
        figures.add(Figure.of(NAME, "submit -> ContentPublished, p95", flow.percentileMillis(95), "ms"));
        figures.add(Figure.of(NAME, "submit -> ContentPublished, p99", flow.percentileMillis(99), "ms"));
        List<String> path = trace.criticalPath();
        double sum = 0;
        for (Map.Entry<String, Latencies> hop : trace.hopLatencies().entrySet()) {
            Latencies times = hop.getValue();
            boolean onPath = path.contains(hop.getKey());
            if (onPath) {
                sum += times.percentileMillis(50);
            }
            figures.add(Figure.of(NAME, "hop " + hop.getKey() + ", p50", times.percentileMillis(50), "ms")
                    .withNote(String.format("p95 %s ms, %d samples%s", media.polyglot.bench.Report.number(
                            times.percentileMillis(95)), times.size(), onPath ? ", on the path" : "")));
        }
        figures.add(Figure.of(NAME, "sum of the path's hop p50s", sum, "ms").withNote(String.join(" | ", path)));
        figures.add(Figure.atMost(NAME, "flow p50 / sum of hop p50s", flow.percentileMillis(50) / sum, "x", 1.5));
        figures.add(Figure.of(NAME, "bus events put by the flows", trace.busEventsPerSecond(), "events/s")
                .withNote(loss.published() + " events, first put to last"));
        if (raw.size() > 0) {
            figures.add(Figure.of(NAME, "raw SQS send -> receive, p50 (same run)", raw.percentileMillis(50), "ms")
                    .withNote(raw.size() + " samples during the flows, a receiver already waiting"));
            Latencies path1 = trace.hopLatencies().get(path.size() > 1 ? path.get(1) : path.get(0));
            figures.add(Figure.of(NAME, "event hop p50 / raw SQS hop p50", path1.percentileMillis(50)
                    / raw.percentileMillis(50), "x").withNote(path.size() > 1 ? path.get(1) : path.get(0)));
        }
        if (missedHops > 0) {
            figures.add(Figure.of(NAME, "hops missed by the reader (log overflow)", missedHops, "hops"));
        }
        CostModel.Usage events = costs.eventDriven(hops, Math.max(1, submitted));
        CostModel.Usage synchronous = costs.synchronous(hops, Math.max(1, submitted), options.languages(), events);
        figures.add(Figure.of(NAME, "AWS cost, this event-driven design", events.dollarsPerMillion(), "$/M flows")
                .withNote(describe(events)));
        figures.add(Figure.of(NAME, "AWS cost, synchronous function-calls-function", synchronous.dollarsPerMillion(),
                "$/M flows").withNote(describe(synchronous)));
        return figures;
    }

    private static String describe(CostModel.Usage u) {
        return String.format("per flow: %.1f Lambda invocations, %.2f GB-s, %.1f PutEvents entries, %.1f cross-account"
                        + " events, %.1f SQS + %.1f FIFO requests, %.1f SNS publishes, %.1f WRU, %.1f RRU",
                u.lambdaRequests(), u.gbSeconds(), u.putEntries(), u.crossAccountEvents(), u.sqsStandardRequests(),
                u.sqsFifoRequests(), u.snsPublishes(), u.writeUnits(), u.readUnits());
    }

    private static void progress(String format, Object... arguments) {
        System.err.println("  " + String.format(format, arguments));
    }
}
