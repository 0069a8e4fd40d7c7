package media.polyglot.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import media.polyglot.local.cli.Cli;
import media.polyglot.local.edge.FunctionUrlServer;
import media.polyglot.local.stack.StartedStack;

/**
 * {@code up}: runs the synthesized system until Ctrl-C or SIGTERM, then stops everything it
 * started, function processes included. The other commands ({@link Cli}) work on a running one.
 */
public final class Main {

    private static final String USAGE = """
            usage: ./polyglot up [--cdk-out DIR] [--port N] [--data-dir DIR] [--account KEY=ACCOUNT]...
              runs the synthesized system on this machine until Ctrl-C
              --cdk-out DIR          the cloud assembly to run (default: cdk.out)
              --port N               the edge port for every AWS API (default: 4566; 0 picks a free port)
              --data-dir DIR         keep DynamoDB data in DIR across restarts (default: in memory)
              --account KEY=ACCOUNT  requests signed with access key KEY come from the 12-digit ACCOUNT, a
                                     partner's (repeatable); bus policies decide what it may put
              each stack runs in the account of its environment (its env in CDK), or 000000000000 without
              one""";

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
            System.out.println(USAGE + "\n" + Cli.usage());
            return;
        }
        if (Cli.handles(args[0])) {
            System.exit(Cli.run(List.of(args), System.out, System.err));
        }
        if (List.of(args).contains("--help")) {
            System.out.println(USAGE);
            return;
        }
        LocalSettings settings;
        try {
            settings = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE + "\n" + Cli.usage());
            System.exit(2);
            return;
        }
        long startedAt = System.nanoTime();
        LocalRuntime runtime;
        try {
            runtime = LocalRuntime.start(settings);
        } catch (RuntimeException e) {
            // A template it cannot read, a port it cannot bind: the message names the resource or port and why.
            System.err.println("cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            runtime.close();
            stopped.countDown();
        }, "shutdown"));
        report(runtime, System.out, (System.nanoTime() - startedAt) / 1_000_000);
        stopped.await();
    }

    private static void report(LocalRuntime runtime, PrintStream out, long millis) {
        for (StartedStack stack : runtime.stacks()) {
            out.println("stack      " + stack.stackName() + " in account " + stack.accountId());
            for (String line : stack.notRun()) {
                out.println("not run locally: " + line);
            }
            for (FunctionUrlServer url : stack.urls()) {
                out.printf("%-10s %s  (Function URL of %s%s)%n", url.functionUrl().context(), url.url(),
                        url.functionUrl().functionName(), url.functionUrl().iamAuth() ? ", AWS_IAM auth" : "");
            }
        }
        out.println("dashboard  " + runtime.edgeUrl() + "/dashboard/");
        out.println("AWS_ENDPOINT_URL=" + runtime.edgeUrl());
        out.println("ready in " + millis + " ms (Ctrl-C stops)");
        out.flush();
    }

    static LocalSettings parse(String[] args) {
        if (args.length == 0 || !args[0].equals("up")) {
            throw new IllegalArgumentException("unknown command" + (args.length == 0 ? "" : ": " + args[0]));
        }
        LocalSettings settings = LocalSettings.defaults(Path.of("cdk.out"));
        for (int i = 1; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            settings = switch (option) {
                case "--cdk-out" -> settings.withCloudAssembly(Path.of(value));
                case "--port" -> settings.withEdgePort(port(value));
                case "--data-dir" -> settings.withDataDir(Path.of(value));
                case "--account" -> partnerAccount(settings, value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            };
        }
        return settings;
    }

    private static LocalSettings partnerAccount(LocalSettings settings, String value) {
        int equals = value.indexOf('=');
        if (equals <= 0 || !value.substring(equals + 1).matches("\\d{12}")) {
            throw new IllegalArgumentException("--account must be ACCESS_KEY_ID=ACCOUNT_ID with a 12-digit account id,"
                    + " for example partnerkey=111122223333; was " + value);
        }
        return settings.withPartnerAccount(value.substring(0, equals), value.substring(equals + 1));
    }

    private static int port(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, was " + value);
        }
    }
}
