package media.polyglot.bench.flow;

import java.util.List;
import java.util.Map;
import media.polyglot.bench.BenchException;
import media.polyglot.bench.Report;
import media.polyglot.bench.process.ChildProcess;

/** {@code ./polyglot bench flow [options]}: runs the flow benchmark and prints its report; the exit status is 1 when it could not run. */
public final class FlowMain {

    private FlowMain() {
    }

    /** Runs with {@code args} (those after "flow"); returns the exit status. */
    public static int run(String[] args, Map<String, String> machine) throws Exception {
        if (List.of(args).contains("--help")) {
            System.out.println(FlowOptions.USAGE);
            return 0;
        }
        FlowOptions options;
        try {
            options = FlowOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(FlowOptions.USAGE);
            return 2;
        }
        machine.forEach((key, value) -> System.out.printf("%-13s %s%n", key + ":", value));
        System.out.println();
        Report report = new Report(machine);
        System.err.println(FlowBenchmark.NAME + ":");
        long started = System.nanoTime();
        try {
            report.add(new FlowBenchmark(options).run());
        } catch (BenchException e) {
            System.err.println("  flow could not run: " + e.getMessage());
            report.failed(FlowBenchmark.NAME, e.getMessage());
        } finally {
            ChildProcess.stopAll();
        }
        System.err.printf("  (%d s)%n", (System.nanoTime() - started) / 1_000_000_000L);
        System.out.println();
        report.print(System.out);
        report.write(options.json());
        System.out.println("figures written to " + options.json());
        return report.anyFailed() ? 1 : 0;
    }
}
