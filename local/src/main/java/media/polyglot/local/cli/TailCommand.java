package media.polyglot.local.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** {@code tail}: every hop as it happens, one line each, until Ctrl-C. */
final class TailCommand implements Command {

    @Override
    public String name() {
        return "tail";
    }

    @Override
    public String usage() {
        return "tail [--correlation-id ID]\n  prints every hop (events put, deliveries, invocations, DLQs) as it happens";
    }

    @Override
    public Set<String> options() {
        return Set.of("correlation-id");
    }

    @Override
    public void run(Arguments arguments, ManagementClient runtime, PrintStream out) {
        String filter = arguments.options().containsKey("correlation-id")
                ? "&correlationId=" + URLEncoder.encode(arguments.option("correlation-id", ""), StandardCharsets.UTF_8) : "";
        long after = lastSequence(runtime);
        while (!Thread.currentThread().isInterrupted()) {
            for (JsonNode hop : runtime.get("hops?wait=20&after=" + after + filter)) {
                out.println(HopLines.line(hop));
                after = Math.max(after, hop.path("sequence").asLong());
            }
            out.flush();
        }
    }

    /** Tail starts from now, not from the beginning of the log. */
    private static long lastSequence(ManagementClient runtime) {
        long last = 0;
        for (JsonNode hop : runtime.get("hops?after=0")) {
            last = Math.max(last, hop.path("sequence").asLong());
        }
        return last;
    }
}
