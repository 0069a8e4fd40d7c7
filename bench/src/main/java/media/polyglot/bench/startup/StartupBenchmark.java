package media.polyglot.bench.startup;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import media.polyglot.bench.BenchRun;
import media.polyglot.bench.Benchmark;
import media.polyglot.bench.Clients;
import media.polyglot.bench.Figure;
import media.polyglot.bench.Latencies;
import media.polyglot.bench.process.ChildProcess;
import media.polyglot.bench.process.LocalRuntimeProcess;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Start-up: {@code java -jar local.jar up} on the bench's already written assembly, from spawn to its ready line,
 * against ElasticMQ alone started in a child JVM the same way; and the runtime's resident memory once idle (its
 * functions start lazily, so no function process is running yet).
 */
public final class StartupBenchmark implements Benchmark {

    private static final String NAME = "startup";
    /** How long both stay idle before their memory is read. */
    private static final Duration IDLE = Duration.ofSeconds(2);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Figure> run(BenchRun run) throws Exception {
        Path assembly = run.assembly();
        int runs = run.options().runs();
        run.progress("warming up: one start of each");
        startRuntime(run, assembly);
        startElasticMq(run);
        List<Double> runtimeReady = new ArrayList<>();
        List<Double> runtimeMemory = new ArrayList<>();
        List<Double> queueReady = new ArrayList<>();
        List<Double> queueMemory = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            run.progress("start %d of %d", i, runs);
            if (i % 2 == 1) {
                record(startRuntime(run, assembly), runtimeReady, runtimeMemory);
                record(startElasticMq(run), queueReady, queueMemory);
            } else {
                record(startElasticMq(run), queueReady, queueMemory);
                record(startRuntime(run, assembly), runtimeReady, runtimeMemory);
            }
        }
        double ratio = Latencies.median(runtimeReady) / Latencies.median(queueReady);
        String how = "median of " + runs + ", spawn to ready line";
        return List.of(
                Figure.of(NAME, "local runtime up -> ready", Latencies.median(runtimeReady), "ms").withNote(how),
                Figure.of(NAME, "ElasticMQ alone, start -> ready", Latencies.median(queueReady), "ms").withNote(how),
                Figure.atMost(NAME, "runtime / ElasticMQ start", ratio, "x", 1.5),
                Figure.of(NAME, "runtime idle RSS (with children)", Latencies.median(runtimeMemory), "MiB")
                        .withNote(IDLE.toSeconds() + " s after ready"),
                Figure.of(NAME, "ElasticMQ alone idle RSS", Latencies.median(queueMemory), "MiB"));
    }

    private static void record(double[] readyAndMemory, List<Double> ready, List<Double> memory) {
        ready.add(readyAndMemory[0]);
        memory.add(readyAndMemory[1]);
    }

    private static double[] startRuntime(BenchRun run, Path assembly) throws InterruptedException {
        try (LocalRuntimeProcess runtime = LocalRuntimeProcess.start(run.options().root(), assembly)) {
            answersListQueues(runtime.endpoint());
            Thread.sleep(IDLE.toMillis());
            return new double[] {runtime.readyMillis(), runtime.residentMib()};
        }
    }

    private static double[] startElasticMq(BenchRun run) throws InterruptedException {
        try (ChildProcess elasticMq = ChildProcess.start("ElasticMQ alone", List.of(ChildProcess.java(), "-cp",
                ownClasspath(), ElasticMqAlone.class.getName()), run.workDirectory())) {
            ChildProcess.Line ready = elasticMq.awaitLine(line -> line.startsWith("ready "), Duration.ofSeconds(60));
            answersListQueues(URI.create("http://127.0.0.1:" + ready.text().substring("ready ".length()).trim()));
            Thread.sleep(IDLE.toMillis());
            return new double[] {(ready.readAt() - elasticMq.spawnedAt()) / 1_000_000.0, elasticMq.residentKib() / 1024.0};
        }
    }

    /** This JVM's classpath with absolute entries, for a child started in another directory. */
    private static String ownClasspath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** Both are ready only if they answer: one ListQueues through a stock client. */
    private static void answersListQueues(URI endpoint) {
        try (SqsClient sqs = Clients.on(SqsClient.builder(), endpoint, 1)) {
            sqs.listQueues();
        }
    }
}
