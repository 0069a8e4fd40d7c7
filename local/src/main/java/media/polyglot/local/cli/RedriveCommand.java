package media.polyglot.local.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.util.Set;

/** {@code redrive}: moves a dead-letter queue's messages back to where they failed. */
final class RedriveCommand implements Command {

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String name() {
        return "redrive";
    }

    @Override
    public String usage() {
        return "redrive <dead-letter-queue-name>\n"
                + "  sends every message of the DLQ back to its source queue (or the rule target it missed)";
    }

    @Override
    public Set<String> options() {
        return Set.of();
    }

    @Override
    public void run(Arguments arguments, ManagementClient runtime, PrintStream out) {
        String queue = arguments.positional(0, "the dead-letter queue's name");
        JsonNode moved = runtime.post("redrive", json.createObjectNode().put("queue", queue)).path("moved");
        if (moved.isEmpty()) {
            out.println(queue + " was empty");
        }
        moved.fields().forEachRemaining(entry -> out.println("moved " + entry.getValue().asInt() + " message(s) to "
                + entry.getKey()));
    }
}
