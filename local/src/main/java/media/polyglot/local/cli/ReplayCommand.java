package media.polyglot.local.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** {@code replay}: replays a bus's archive between two times, with a progress bar. */
final class ReplayCommand implements Command {

    private static final int BAR_WIDTH = 30;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String name() {
        return "replay";
    }

    @Override
    public String usage() {
        return "replay --from 2026-11-26T09:00:00Z --to 2026-11-26T10:00:00Z [--pattern '{\"detail-type\": [\"X\"]}'] [--bus B]\n"
                + "  replays the archived events of bus B (default polyglot) received between the two instants";
    }

    @Override
    public Set<String> options() {
        return Set.of("from", "to", "pattern", "bus");
    }

    @Override
    public void run(Arguments arguments, ManagementClient runtime, PrintStream out) {
        ObjectNode request = json.createObjectNode()
                .put("bus", arguments.option("bus", "polyglot"))
                .put("from", required(arguments, "from"))
                .put("to", required(arguments, "to"));
        if (arguments.options().containsKey("pattern")) {
            try {
                request.set("pattern", json.readTree(arguments.option("pattern", "")));
            } catch (IOException e) {
                throw new CliException("--pattern is not JSON: " + e.getMessage());
            }
        }
        String name = runtime.post("replay", request).path("name").asText();
        JsonNode status;
        do {
            sleep();
            status = runtime.get("replay/" + name);
            int total = status.path("total").asInt();
            int done = status.path("replayed").asInt();
            int filled = total == 0 ? BAR_WIDTH : done * BAR_WIDTH / total;
            out.printf("\r%s [%s%s] %d/%d", name, "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), done, total);
            out.flush();
        } while (!status.path("state").asText().equals("COMPLETED") && !status.path("state").asText().equals("FAILED"));
        out.println();
        if (status.path("state").asText().equals("FAILED")) {
            throw new CliException("replay " + name + " failed: " + status.path("reason").asText());
        }
        out.println("replayed " + status.path("replayed").asInt() + " event(s)");
    }

    private static String required(Arguments arguments, String option) {
        String value = arguments.option(option, null);
        if (value == null) {
            throw new CliException("--" + option + " is required");
        }
        return value;
    }

    private static void sleep() {
        try {
            TimeUnit.MILLISECONDS.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted");
        }
    }
}
