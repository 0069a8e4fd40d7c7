package media.polyglot.local;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import media.polyglot.local.edge.EdgeServer;
import media.polyglot.local.edge.FunctionUrlServer;
import media.polyglot.local.edge.LoopbackHttp;
import media.polyglot.local.engine.dynamodb.DynamoDbEngine;
import media.polyglot.local.engine.dynamodb.EngineSettings;
import media.polyglot.local.engine.events.EventBusTargetSender;
import media.polyglot.local.engine.events.EventRouter;
import media.polyglot.local.engine.events.RuleSchedules;
import media.polyglot.local.engine.events.LambdaTargetSender;
import media.polyglot.local.engine.events.Replayer;
import media.polyglot.local.engine.events.SnsTargetSender;
import media.polyglot.local.engine.events.SqsTargetSender;
import media.polyglot.local.engine.events.TargetDelivery;
import media.polyglot.local.engine.lambda.LambdaHost;
import media.polyglot.local.engine.mappings.EventSourceMappings;
import media.polyglot.local.engine.sns.SnsEngine;
import media.polyglot.local.engine.sns.SnsSettings;
import media.polyglot.local.engine.sqs.QueueEngine;
import media.polyglot.local.fault.Faults;
import media.polyglot.local.manage.DashboardAssets;
import media.polyglot.local.manage.ManagementApi;
import media.polyglot.local.observe.FunctionCounters;
import media.polyglot.local.observe.FunctionHops;
import media.polyglot.local.observe.HopLog;
import media.polyglot.local.observe.RecordedCalls;
import media.polyglot.local.protocol.dynamodb.DynamoDbProtocol;
import media.polyglot.local.protocol.events.EventBridgeProtocol;
import media.polyglot.local.protocol.lambda.LambdaProtocol;
import media.polyglot.local.protocol.sns.SnsProtocol;
import media.polyglot.local.protocol.sqs.InProcessActions;
import media.polyglot.local.protocol.sqs.SqsProtocol;
import media.polyglot.local.protocol.sqs.SqsProxy;
import media.polyglot.local.stack.Engines;
import media.polyglot.local.stack.StackRunner;
import media.polyglot.local.stack.StartedStack;
import media.polyglot.local.template.CloudAssembly;
import media.polyglot.local.template.StackArtifact;

/**
 * The whole local runtime: the edge port, the engines, and every stack of the cloud assembly
 * running on them. Closing it stops everything it started, function processes included, in the
 * reverse order of starting.
 */
public final class LocalRuntime implements AutoCloseable {

    private final EdgeServer edge;
    private final List<StartedStack> stacks;
    private final Deque<AutoCloseable> started;
    private final HopLog hops;

    private LocalRuntime(EdgeServer edge, List<StartedStack> stacks, Deque<AutoCloseable> started, HopLog hops) {
        this.edge = edge;
        this.hops = hops;
        this.stacks = List.copyOf(stacks);
        this.started = started;
    }

    public static LocalRuntime start(LocalSettings settings) {
        CloudAssembly assembly = CloudAssembly.read(settings.cloudAssembly());
        Deque<AutoCloseable> started = new ArrayDeque<>();
        try {
            EdgeServer edge = remember(started, EdgeServer.start(settings.edgePort()));
            Path dataDir = dataDirectory(settings);
            // ElasticMQ's start is the longest step of all: the other engines open meanwhile.
            CompletableFuture<QueueEngine> queuesStarting = CompletableFuture.supplyAsync(
                    () -> QueueEngine.start(edge.url(), settings.region(), settings.accountId(), dataDir));
            started.push(() -> queuesStarting.thenAccept(QueueEngine::close).exceptionally(failed -> null).join());
            DynamoDbEngine tables = remember(started, openTables(settings, dataDir));
            tables.startTimeToLiveSweeper(Duration.ofSeconds(1));
            LambdaHost functions = remember(started, new LambdaHost(settings.region(), settings.accountId()));
            QueueEngine queues = joined(queuesStarting);
            SnsEngine topics = remember(started, new SnsEngine(
                    SnsSettings.of(settings.region(), settings.accountId(), edge.url().toString()), queues, functions));
            ScheduledExecutorService deliveries = Executors.newScheduledThreadPool(4, LoopbackHttp.daemonThreads("bus-delivery"));
            started.push(deliveries::shutdownNow);
            HopLog hops = new HopLog(Clock.systemUTC());
            functions.observeInvocations(new FunctionHops(hops));
            FunctionCounters counters = new FunctionCounters();
            functions.observeInvocations(counters);
            Faults faults = new Faults();
            TargetDelivery delivery = new TargetDelivery(List.of(faults.injectedInto(new SqsTargetSender(queues)),
                    faults.injectedInto(new LambdaTargetSender(functions)), faults.injectedInto(new SnsTargetSender(topics))),
                    queues, deliveries, Clock.systemUTC(), hops, dataDir);
            EventRouter events = new EventRouter(delivery, settings.region(), settings.accountId(), Clock.systemUTC(), hops,
                    dataDir);
            events.refuseEntriesWith(faults::refuse);
            delivery.register(faults.injectedInto(new EventBusTargetSender(events)));
            RuleSchedules schedules = remember(started,
                    new RuleSchedules(delivery, settings.region(), Clock.systemUTC()));
            Replayer replayer = new Replayer(events, deliveries, Clock.systemUTC());
            EventSourceMappings mappings = remember(started,
                    new EventSourceMappings(queues, tables, functions, settings.region(), dataDir));

            edge.attach("sqs", new SqsProtocol(new InProcessActions(queues), new SqsProxy(queues.endpoint())));
            edge.attach("dynamodb", RecordedCalls.dynamoDbWrites(new DynamoDbProtocol(tables), hops));
            edge.attach("events", new EventBridgeProtocol(events, replayer, settings::accountOf));
            edge.attach("lambda", new LambdaProtocol(functions, deliveries));
            edge.attach("sns", RecordedCalls.snsPublishes(new SnsProtocol(topics), hops));

            Engines engines = new Engines(queues, tables, events, schedules, functions, mappings, topics, hops);
            List<StartedStack> stacks = new ArrayList<>();
            for (StackArtifact artifact : assembly.stacks()) {
                StartedStack stack = StackRunner.start(artifact, settings, engines, edge.url().toString());
                stack.urls().forEach(url -> started.push(url));
                stacks.add(stack);
            }
            delivery.resume(events);
            edge.attachUnsigned(DashboardAssets.PREFIX, new DashboardAssets());
            edge.attachUnsigned(ManagementApi.PREFIX, new ManagementApi(edge.url(), () -> List.copyOf(stacks), engines, replayer,
                    counters, faults));
            return new LocalRuntime(edge, stacks, started, hops);
        } catch (RuntimeException e) {
            closeAll(started);
            throw e;
        }
    }

    /** The started engine, or the very exception that stopped it, not a wrapper. */
    private static <T> T joined(CompletableFuture<T> starting) {
        try {
            return starting.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static DynamoDbEngine openTables(LocalSettings settings, Path dataDir) {
        EngineSettings engineSettings = new EngineSettings(settings.region(), settings.accountId(), Clock.systemUTC());
        return dataDir == null ? DynamoDbEngine.open("jdbc:sqlite::memory:", engineSettings)
                : DynamoDbEngine.atFile(dataDir.resolve("dynamodb.sqlite"), engineSettings);
    }

    /** The data directory, created if need be, or null when state stays in memory. */
    private static Path dataDirectory(LocalSettings settings) {
        if (settings.dataDir() == null) {
            return null;
        }
        try {
            return Files.createDirectories(settings.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + settings.dataDir(), e);
        }
    }

    public URI edgeUrl() {
        return edge.url();
    }

    /** Every hop of every flow, as far back as the log keeps them. */
    public HopLog hops() {
        return hops;
    }

    public List<StartedStack> stacks() {
        return stacks;
    }

    /** Every Function URL of every stack. */
    public List<FunctionUrlServer> functionUrls() {
        return stacks.stream().flatMap(stack -> stack.urls().stream()).toList();
    }

    @Override
    public void close() {
        closeAll(started);
    }

    private static <T extends AutoCloseable> T remember(Deque<AutoCloseable> started, T resource) {
        started.push(resource);
        return resource;
    }

    private static void closeAll(Deque<AutoCloseable> started) {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("while stopping the local runtime: " + e);
            }
        }
    }
}
