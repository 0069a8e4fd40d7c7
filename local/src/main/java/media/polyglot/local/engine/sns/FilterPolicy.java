package media.polyglot.local.engine.sns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Map;
import software.amazon.event.ruler.Machine;

/**
 * A subscription's filter policy, matched by AWS's event-ruler, whose pattern language SNS filter
 * policies share (exact, anything-but, prefix, suffix, equals-ignore-case, numeric, exists, cidr,
 * {@code $or}; AND across keys, OR within a key's list).
 *
 * <p>With scope MessageAttributes the policy is matched against an event built from the
 * attributes: String as a string, Number as a number, String.Array as its array (any element may
 * match, as SNS documents); Binary attributes are not matched, as SNS ignores them. A message with
 * no such attributes never matches: SNS documents that even {@code "exists": false} needs at least
 * one attribute. With scope MessageBody the body must be a JSON object, or nothing matches.
 *
 * <p>Where event-ruler is more lenient than SNS: SNS bounds numbers to ±10^9 with five decimals
 * and a policy to 150 value combinations; neither bound is enforced here.
 */
public final class FilterPolicy {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RULE = "policy";

    private final String json;
    private final FilterPolicyScope scope;
    private final Machine machine = new Machine();

    private FilterPolicy(String json, FilterPolicyScope scope) {
        this.json = json;
        this.scope = scope;
    }

    /** The policy in {@code json}, checked as SNS checks it; throws InvalidParameter with the reason. */
    public static FilterPolicy parse(String json, FilterPolicyScope scope) {
        JsonNode policy;
        try {
            policy = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw FilterPolicyChecks.invalid("failed to parse JSON. " + e.getOriginalMessage());
        }
        FilterPolicyChecks.check(policy, scope);
        FilterPolicy filter = new FilterPolicy(json, scope);
        try {
            filter.machine.addRule(RULE, policy.toString());
        } catch (Exception e) {
            throw FilterPolicyChecks.invalid(e.getMessage());
        }
        return filter;
    }

    public boolean matches(Notification notification) {
        String event = scope == FilterPolicyScope.MessageAttributes
                ? attributeEvent(notification.attributes())
                : bodyEvent(notification.message());
        if (event == null) {
            return false;
        }
        try {
            return !machine.rulesForJSONEvent(event).isEmpty();
        } catch (Exception unreadable) {
            return false;
        }
    }

    /** The policy as the subscriber set it. */
    public String json() {
        return json;
    }

    public FilterPolicyScope scope() {
        return scope;
    }

    /** The same policy matched against another scope; checked again, since the scopes accept different policies. */
    public FilterPolicy withScope(FilterPolicyScope newScope) {
        return parse(json, newScope);
    }

    private static String attributeEvent(Map<String, MessageAttribute> attributes) {
        ObjectNode event = JSON.createObjectNode();
        attributes.forEach((name, attribute) -> {
            switch (attribute.baseType()) {
                case "String" -> event.put(name, attribute.stringValue());
                case "Number" -> event.set(name, number(attribute.stringValue()));
                case "String.Array" -> event.set(name, array(attribute.stringValue()));
                default -> { }
            }
        });
        return event.isEmpty() ? null : event.toString();
    }

    private static JsonNode number(String value) {
        try {
            return JSON.getNodeFactory().numberNode(new BigDecimal(value.trim()));
        } catch (NumberFormatException notANumber) {
            return JSON.getNodeFactory().textNode(value);
        }
    }

    private static JsonNode array(String value) {
        try {
            JsonNode array = JSON.readTree(value);
            return array != null && array.isArray() ? array : JSON.getNodeFactory().textNode(value);
        } catch (JsonProcessingException notJson) {
            return JSON.getNodeFactory().textNode(value);
        }
    }

    private static String bodyEvent(String message) {
        try {
            JsonNode body = JSON.readTree(message);
            return body != null && body.isObject() ? body.toString() : null;
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }
}
