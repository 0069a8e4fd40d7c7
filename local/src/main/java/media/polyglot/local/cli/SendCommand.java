package media.polyglot.local.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** {@code send}: puts one event on a bus, its detail read from a file. */
final class SendCommand implements Command {

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String name() {
        return "send";
    }

    @Override
    public String usage() {
        return "send <detail-type> <detail.json> [--source S] [--bus B]\n"
                + "  puts one event on bus B (default polyglot) with source S (default polyglot.cli)";
    }

    @Override
    public Set<String> options() {
        return Set.of("source", "bus");
    }

    @Override
    public void run(Arguments arguments, ManagementClient runtime, PrintStream out) {
        Path file = Path.of(arguments.positional(1, "the file holding the event's detail"));
        JsonNode detail;
        try {
            detail = json.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new CliException("cannot read " + file + " as JSON: " + e.getMessage());
        }
        JsonNode answer = runtime.post("send", json.createObjectNode()
                .put("detailType", arguments.positional(0, "the detail-type"))
                .put("source", arguments.option("source", "polyglot.cli"))
                .put("bus", arguments.option("bus", "polyglot"))
                .set("detail", detail));
        out.println("sent " + answer.path("eventId").asText());
    }
}
