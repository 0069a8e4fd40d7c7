package media.polyglot.bench.flow;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One hop of a flow as the runtime's management API reports it, with the few details the flow figures use.
 *
 * @param detailType      for an event put: its detail-type
 * @param source          for an event put: its source
 * @param rules           for an event put: the rules it matched, comma-separated
 * @param envelopeEventId for an event put: the envelope's eventId
 * @param causationId     for an event put: the envelope's causationId
 * @param rule            for a delivery (or a failed or dead-lettered one): the rule
 * @param requestId       for an invocation: the Lambda request id (one invocation may carry several flows)
 */
record TracedHop(long sequence, Instant time, String kind, String resource, String correlationId, String eventId,
                 long durationMillis, String outcome, String detailType, String source, String rules,
                 String envelopeEventId, String causationId, String rule, String requestId) {

    static TracedHop of(JsonNode hop) {
        JsonNode details = hop.path("details");
        return new TracedHop(hop.path("sequence").asLong(), Instant.parse(hop.path("time").asText()),
                hop.path("kind").asText(), hop.path("resource").asText(), hop.path("correlationId").asText(null),
                hop.path("eventId").asText(null), hop.path("durationMillis").asLong(), hop.path("outcome").asText(),
                details.path("detailType").asText(null), details.path("source").asText(null),
                details.path("rules").asText(""), details.path("envelopeEventId").asText(null),
                details.path("causationId").asText(null), details.path("rule").asText(null),
                details.path("requestId").asText(null));
    }

    boolean is(String kindName) {
        return kind.equals(kindName);
    }
}
