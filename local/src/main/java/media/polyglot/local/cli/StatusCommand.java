package media.polyglot.local.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.Set;

/** {@code status}: what the running runtime serves, and how deep its queues are. */
final class StatusCommand implements Command {

    @Override
    public String name() {
        return "status";
    }

    @Override
    public String usage() {
        return "status\n  what is running: Function URLs, queues with their depth, functions, buses and rules, tables, topics";
    }

    @Override
    public Set<String> options() {
        return Set.of();
    }

    @Override
    public void run(Arguments arguments, ManagementClient runtime, PrintStream out) {
        JsonNode status = runtime.get("status");
        out.println("edge       " + status.path("edge").asText());
        for (JsonNode stack : status.path("stacks")) {
            out.println("stack      " + stack.path("name").asText());
            stack.path("functionUrls").forEach(url -> out.printf("  url      %-10s %s%n", url.path("context").asText(),
                    url.path("url").asText()));
        }
        status.path("queues").forEach(queue -> out.printf("queue      %-70s %5d visible %5d in flight%n",
                queue.path("name").asText(), queue.path("visible").asInt(), queue.path("inFlight").asInt()));
        status.path("functions").forEach(function -> out.printf("function   %-70s %5d MB %4d s%n",
                function.path("name").asText(), function.path("memoryMb").asInt(), function.path("timeoutSeconds").asInt()));
        for (JsonNode bus : status.path("buses")) {
            out.println("bus        " + bus.path("name").asText());
            bus.path("rules").forEach(rule -> out.printf("  rule     %-70s %d target(s)%s%n", rule.path("name").asText(),
                    rule.path("targets").asInt(), rule.path("enabled").asBoolean() ? "" : " DISABLED"));
        }
        status.path("tables").forEach(table -> out.println("table      " + table.asText()));
        status.path("topics").forEach(topic -> out.println("topic      " + topic.asText()));
    }
}
