package media.polyglot.local.engine.events.policy;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a bus policy is asked about one PutEvents entry: who calls (their account), on which bus, and the entry's
 * source and detail-type, the condition keys EventBridge offers ({@code events:source}, {@code events:detail-type}).
 */
public record PutEventsRequest(String callerAccount, String busArn, String source, String detailType) {

    public PutEventsRequest {
        Objects.requireNonNull(callerAccount, "callerAccount");
        Objects.requireNonNull(busArn, "busArn");
    }

    /** The request's condition keys and their values; a key whose value is absent is left out. */
    Map<String, String> conditionKeys() {
        Map<String, String> keys = new HashMap<>();
        keys.put("aws:principalaccount", callerAccount);
        if (source != null) {
            keys.put("events:source", source);
        }
        if (detailType != null) {
            keys.put("events:detail-type", detailType);
        }
        return keys;
    }
}
