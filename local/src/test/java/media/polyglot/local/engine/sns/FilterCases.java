package media.polyglot.local.engine.sns;

import java.time.Instant;
import java.util.Map;

/** Policies and messages for the filter policy tests. */
final class FilterCases {

    static final String RUGBY_OR_TENNIS = "{\"customer_interests\": [\"rugby\", \"tennis\"]}";

    private FilterCases() {
    }

    static FilterPolicy attributesPolicy(String json) {
        return FilterPolicy.parse(json, FilterPolicyScope.MessageAttributes);
    }

    static FilterPolicy bodyPolicy(String json) {
        return FilterPolicy.parse(json, FilterPolicyScope.MessageBody);
    }

    static Notification attributes(String name, MessageAttribute value) {
        return attributes(Map.of(name, value));
    }

    static Notification attributes(Map<String, MessageAttribute> attributes) {
        return new Notification("id", "arn:aws:sns:us-east-1:000000000000:t", null, "message-body", attributes,
                Instant.EPOCH, null, null, null);
    }

    static Notification body(String message) {
        return new Notification("id", "arn:aws:sns:us-east-1:000000000000:t", null, message, Map.of(), Instant.EPOCH,
                null, null, null);
    }
}
