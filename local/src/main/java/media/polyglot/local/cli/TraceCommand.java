package media.polyglot.local.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** {@code trace}: every hop of one flow, with when it happened after the first and how long it took. */
final class TraceCommand implements Command {

    private static final int BAR_WIDTH = 40;

    @Override
    public String name() {
        return "trace";
    }

    @Override
    public String usage() {
        return "trace <correlationId>\n  every hop of one flow: offset from its start, duration, outcome, as a waterfall";
    }

    @Override
    public Set<String> options() {
        return Set.of();
    }

    @Override
    public void run(Arguments arguments, ManagementClient runtime, PrintStream out) {
        String correlationId = arguments.positional(0, "the correlation id");
        JsonNode hops = runtime.get("trace/" + URLEncoder.encode(correlationId, StandardCharsets.UTF_8));
        if (hops.isEmpty()) {
            throw new CliException("no hops recorded for correlation id " + correlationId);
        }
        Instant start = Instant.parse(hops.get(0).path("time").asText()).minusMillis(
                Math.max(0, hops.get(0).path("durationMillis").asLong()));
        Instant end = Instant.parse(hops.get(hops.size() - 1).path("time").asText());
        long total = Math.max(1, Duration.between(start, end).toMillis());
        out.printf("trace %s: %d hops over %d ms%n", correlationId, hops.size(), total);
        for (JsonNode hop : hops) {
            long duration = Math.max(0, hop.path("durationMillis").asLong());
            long endOffset = Duration.between(start, Instant.parse(hop.path("time").asText())).toMillis();
            long startOffset = Math.max(0, endOffset - duration);
            int from = (int) (startOffset * BAR_WIDTH / total);
            int width = Math.max(1, (int) (duration * BAR_WIDTH / total));
            String bar = " ".repeat(Math.min(from, BAR_WIDTH)) + "#".repeat(Math.min(width, BAR_WIDTH - Math.min(from, BAR_WIDTH - 1)));
            out.printf("%6d ms %-40s %-16s %-60s %6s %s%n", startOffset, bar, hop.path("kind").asText(),
                    hop.path("resource").asText(), duration > 0 ? duration + "ms" : "", hop.path("outcome").asText());
        }
    }
}
