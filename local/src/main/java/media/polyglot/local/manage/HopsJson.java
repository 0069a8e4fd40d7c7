package media.polyglot.local.manage;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import media.polyglot.local.observe.Hop;

/** Hops as the management API answers them. */
final class HopsJson {

    private HopsJson() {
    }

    static ArrayNode of(List<Hop> hops) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Hop hop : hops) {
            ObjectNode json = array.addObject().put("sequence", hop.sequence()).put("time", hop.time().toString())
                    .put("kind", hop.kind().name()).put("resource", hop.resource())
                    .put("correlationId", hop.correlationId()).put("eventId", hop.eventId())
                    .put("durationMillis", hop.durationMillis()).put("outcome", hop.outcome());
            ObjectNode details = json.putObject("details");
            hop.details().forEach(details::put);
        }
        return array;
    }
}
