package media.polyglot.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What to run and how much of it.
 *
 * @param benchmarks   the benchmarks to run, in order
 * @param quick        a short smoke run: small counts, figures still printed
 * @param events       bus: events put (and as many raw SQS messages sent)
 * @param hops         hop: sequential samples of each hop
 * @param runs         coldstart and startup: how many cold functions / starts of each kind
 * @param ops          dynamodb: operations of each kind
 * @param threads      client threads for bus and dynamodb
 * @param root         the project's root, where local/target/local.jar is
 * @param json         where the figures are written as JSON
 */
public record BenchOptions(List<String> benchmarks, boolean quick, int events, int hops, int runs, int ops,
                           int threads, Path root, Path json) {

    public static final List<String> ALL = List.of("startup", "bus", "hop", "coldstart", "dynamodb");

    static final String USAGE = """
            usage: ./polyglot bench [all|bus|hop|coldstart|startup|dynamodb]... [options]
              --quick        a smoke run of a few seconds per benchmark (small counts)
              --events N     bus: events put through the rule, and raw SQS messages (default 20000; quick 3000)
              --hops N       hop: sequential hops measured (default 300; quick 30)
              --runs N       coldstart: cold functions of each kind; startup: starts of each (default 3; quick 1)
              --ops N        dynamodb: operations of each kind (default 10000; quick 500)
              --threads N    client threads for bus and dynamodb (default 4)
              --json FILE    where to write the figures (default bench/target/bench-results.json)
              --root DIR     the project's root (default: the working directory)""";

    public BenchOptions {
        benchmarks = List.copyOf(benchmarks);
        for (String benchmark : benchmarks) {
            if (!ALL.contains(benchmark)) {
                throw new IllegalArgumentException("unknown benchmark " + benchmark + "; choose from all, "
                        + String.join(", ", ALL));
            }
        }
        requirePositive(events, "--events");
        requirePositive(hops, "--hops");
        requirePositive(runs, "--runs");
        requirePositive(ops, "--ops");
        requirePositive(threads, "--threads");
    }

    public static BenchOptions parse(String... args) {
        List<String> benchmarks = new ArrayList<>();
        boolean quick = List.of(args).contains("--quick");
        Integer events = null;
        Integer hops = null;
        Integer runs = null;
        Integer ops = null;
        int threads = 4;
        Path root = Path.of("").toAbsolutePath();
        Path json = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--quick")) {
                continue;
            }
            if (!arg.startsWith("--")) {
                if (arg.equals("all")) {
                    benchmarks.addAll(ALL);
                } else {
                    benchmarks.add(arg);
                }
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(arg + " needs a value");
            }
            String value = args[++i];
            switch (arg) {
                case "--events" -> events = number(arg, value);
                case "--hops" -> hops = number(arg, value);
                case "--runs" -> runs = number(arg, value);
                case "--ops" -> ops = number(arg, value);
                case "--threads" -> threads = number(arg, value);
                case "--root" -> root = Path.of(value).toAbsolutePath();
                case "--json" -> json = Path.of(value).toAbsolutePath();
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (benchmarks.isEmpty()) {
            benchmarks.addAll(ALL);
        }
        return new BenchOptions(benchmarks.stream().distinct().toList(), quick,
                events != null ? events : quick ? 3_000 : 20_000,
                hops != null ? hops : quick ? 30 : 300,
                runs != null ? runs : quick ? 1 : 3,
                ops != null ? ops : quick ? 500 : 10_000,
                threads, root, json != null ? json : root.resolve("bench/target/bench-results.json"));
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, was " + value);
        }
    }

    private static void requirePositive(int value, String option) {
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be at least 1, was " + value);
        }
    }
}
