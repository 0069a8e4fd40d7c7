package media.polyglot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import media.polyglot.bench.bus.BusBenchmark;
import media.polyglot.bench.coldstart.ColdStartBenchmark;
import media.polyglot.bench.dynamodb.DynamoDbBenchmark;
import media.polyglot.bench.flow.FlowMain;
import media.polyglot.bench.hop.HopBenchmark;
import media.polyglot.bench.process.ChildProcess;
import media.polyglot.bench.startup.StartupBenchmark;

/**
 * {@code ./polyglot bench}: runs the chosen benchmarks against the local runtime started as a child process, prints
 * their figures with the design's goals, and writes them as JSON. Figures only: a goal missed is reported, not an
 * error; a benchmark that could not run is (exit status 1).
 */
public final class BenchMain {

    private static final Map<String, Supplier<Benchmark>> BENCHMARKS = Map.of(
            "startup", StartupBenchmark::new,
            "bus", BusBenchmark::new,
            "hop", HopBenchmark::new,
            "coldstart", ColdStartBenchmark::new,
            "dynamodb", DynamoDbBenchmark::new);

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        // The flow benchmark runs the project's own template, with options of its own (./polyglot bench flow --help).
        if (args.length > 0 && args[0].equals("flow")) {
            System.exit(FlowMain.run(java.util.Arrays.copyOfRange(args, 1, args.length), MachineInfo.describe()));
        }
        if (List.of(args).contains("--help")) {
            System.out.println(BenchOptions.USAGE);
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        Report report = run(options);
        System.exit(report.anyFailed() ? 1 : 0);
    }

    static Report run(BenchOptions options) throws IOException {
        Map<String, String> machine = MachineInfo.describe();
        machine.forEach((key, value) -> System.out.printf("%-13s %s%n", key + ":", value));
        System.out.println();
        Report report = new Report(machine);
        Path work = Files.createTempDirectory("polyglot-bench");
        // On Ctrl-C no finally block runs: stop the children (they use the assembly), then remove it.
        Thread cleanUp = new Thread(() -> {
            ChildProcess.stopAll();
            deleteTree(work);
        }, "clean-up");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        try {
            BenchRun run = new BenchRun(options, work);
            for (String name : options.benchmarks()) {
                System.err.println(name + (options.quick() ? " (quick)" : "") + ":");
                long started = System.nanoTime();
                try {
                    report.add(BENCHMARKS.get(name).get().run(run));
                } catch (BenchException e) {
                    System.err.println("  " + name + " could not run: " + e.getMessage());
                    report.failed(name, e.getMessage());
                } catch (Exception e) {
                    System.err.println("  " + name + " failed: " + e);
                    e.printStackTrace();
                    report.failed(name, e.toString());
                }
                System.err.printf("  (%d s)%n", (System.nanoTime() - started) / 1_000_000_000L);
            }
        } finally {
            Runtime.getRuntime().removeShutdownHook(cleanUp);
            deleteTree(work);
        }
        System.out.println();
        report.print(System.out);
        report.write(options.json());
        System.out.println("figures written to " + options.json());
        return report;
    }

    private static void deleteTree(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("could not remove the bench's work directory " + directory + ": " + e.getMessage());
        }
    }
}
