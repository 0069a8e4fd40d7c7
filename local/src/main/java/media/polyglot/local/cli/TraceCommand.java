package media.polyglot.local.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    private static Instant began(JsonNode hop) {
        return Instant.parse(hop.path("time").asText()).minusMillis(Math.max(0, hop.path("durationMillis").asLong()));
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
        List<JsonNode> ordered = new ArrayList<>();
        hops.forEach(ordered::add);
        // A hop is recorded when it ends: order the waterfall by when each began.
        ordered.sort(Comparator.comparing(TraceCommand::began));
        Instant start = began(ordered.get(0));
        Instant end = ordered.stream().map(hop -> Instant.parse(hop.path("time").asText())).max(Comparator.naturalOrder())
                .orElse(start);
        long total = Math.max(1, Duration.between(start, end).toMillis());
        out.printf("trace %s: %d hops over %d ms%n", correlationId, ordered.size(), total);
        for (JsonNode hop : ordered) {
            long duration = Math.max(0, hop.path("durationMillis").asLong());
            long startOffset = Duration.between(start, began(hop)).toMillis();
            int from = (int) Math.min(BAR_WIDTH - 1, startOffset * BAR_WIDTH / total);
            int width = (int) Math.max(1, Math.min(BAR_WIDTH - from, duration * BAR_WIDTH / total));
            String bar = " ".repeat(from) + "#".repeat(width);
            out.printf("%6d ms %-40s %-16s %-60s %6s %s%n", startOffset, bar, hop.path("kind").asText(),
                    hop.path("resource").asText(), duration > 0 ? duration + "ms" : "", hop.path("outcome").asText());
        }
    }
}
