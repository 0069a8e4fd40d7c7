package media.polyglot.local.cli;

import com.fasterxml.jackson.databind.JsonNode;

/** A hop as one readable line. */
final class HopLines {

    private HopLines() {
    }

    static String line(JsonNode hop) {
        long duration = hop.path("durationMillis").asLong(-1);
        return String.format("%s %-16s %-60s %-36s %6s %s %s", hop.path("time").asText().substring(11),
                hop.path("kind").asText(), hop.path("resource").asText(), hop.path("correlationId").asText("-"),
                duration >= 0 ? duration + "ms" : "", hop.path("outcome").asText(), hop.path("details"));
    }
}
