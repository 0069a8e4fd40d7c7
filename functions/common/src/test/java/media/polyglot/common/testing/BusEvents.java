package media.polyglot.common.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import media.polyglot.events.Envelope;
import media.polyglot.events.EventJson;
import media.polyglot.events.EventType;

/** Events as a rule delivers them to a subscription's queue: EventBridge's envelope around our detail. */
public final class BusEvents {

    private BusEvents() {
    }

    /** The message body a subscription queue receives for this event. */
    public static String body(String source, EventType type, Envelope<?> envelope) {
        ObjectNode event = EventJson.mapper().createObjectNode()
                .put("version", "0")
                .put("id", "bus-" + envelope.metadata().eventId())
                .put("detail-type", type.detailType())
                .put("source", source)
                .put("account", "000000000000")
                .put("time", envelope.metadata().occurredAt().toString())
                .put("region", "us-east-1");
        event.putArray("resources");
        event.set("detail", EventJson.mapper().valueToTree(envelope));
        return event.toString();
    }
}
