package media.polyglot.local.cli;

import java.io.PrintStream;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code ./polyglot} subcommands that work on a running runtime: status, send, tail, trace,
 * replay, redrive. Each takes {@code --endpoint URL} (default: {@code AWS_ENDPOINT_URL}, else
 * {@code http://127.0.0.1:4566}) and {@code --help}.
 */
public final class Cli {

    private static final Map<String, Command> COMMANDS = Stream.of(new StatusCommand(), new SendCommand(),
                    new TailCommand(), new TraceCommand(), new ReplayCommand(), new RedriveCommand())
            .collect(Collectors.toMap(Command::name, Function.identity()));

    private Cli() {
    }

    public static boolean handles(String command) {
        return COMMANDS.containsKey(command);
    }

    /** The usage of every command, for {@code ./polyglot --help}. */
    public static String usage() {
        return COMMANDS.values().stream().map(command -> "  ./polyglot " + command.usage().replace("\n", "\n    "))
                .sorted().collect(Collectors.joining("\n"));
    }

    /** Runs a command; answers the process exit code. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Command command = COMMANDS.get(args.get(0));
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help")) {
            out.println("usage: ./polyglot " + command.usage() + "\n  --endpoint URL  the runtime's edge (default "
                    + defaultEndpoint() + ")");
            return 0;
        }
        try {
            Set<String> options = new HashSet<>(command.options());
            options.add("endpoint");
            Arguments arguments = Arguments.parse(rest, options);
            command.run(arguments, new ManagementClient(URI.create(arguments.option("endpoint", defaultEndpoint()))), out);
            return 0;
        } catch (CliException e) {
            err.println(command.name() + ": " + e.getMessage());
            return 1;
        }
    }

    private static String defaultEndpoint() {
        String fromEnvironment = System.getenv("AWS_ENDPOINT_URL");
        return fromEnvironment == null || fromEnvironment.isBlank() ? "http://127.0.0.1:4566" : fromEnvironment;
    }
}
