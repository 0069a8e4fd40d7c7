package media.polyglot.local.engine.events;

import java.time.Instant;
import java.util.List;

/** One entry of a PutEvents call, as the caller sent it; any field may be missing or wrong. */
public record PutEventsEntry(String eventBusName, String source, String detailType, String detail, Instant time,
                             List<String> resources) {

    public PutEventsEntry {
        resources = resources == null ? List.of() : List.copyOf(resources);
    }
}
