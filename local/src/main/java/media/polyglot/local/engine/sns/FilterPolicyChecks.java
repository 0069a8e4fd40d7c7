package media.polyglot.local.engine.sns;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The rules SNS puts on a filter policy beyond what event-ruler checks ("Amazon SNS filter policy
 * constraints"): at most five keys, no nesting when the scope is MessageAttributes, and only the
 * operators SNS documents (event-ruler also knows {@code wildcard}, which SNS refuses).
 */
final class FilterPolicyChecks {

    static final int MAX_KEYS = 5;
    private static final Set<String> OPERATORS =
            Set.of("anything-but", "prefix", "suffix", "numeric", "exists", "equals-ignore-case", "cidr");
    private static final String OR = "$or";

    private FilterPolicyChecks() {
    }

    static void check(JsonNode policy, FilterPolicyScope scope) {
        if (policy == null || !policy.isObject() || policy.isEmpty()) {
            throw invalid("Filter policy must be a non-empty JSON object");
        }
        int keys = countKeys(policy, scope);
        if (keys > MAX_KEYS) {
            throw invalid("Filter policy can not have more than " + MAX_KEYS + " keys");
        }
    }

    private static int countKeys(JsonNode object, FilterPolicyScope scope) {
        int keys = 0;
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (field.getKey().equals(OR) && value.isArray() && value.size() > 1 && allObjects(value)) {
                for (JsonNode branch : value) {
                    keys += countKeys(branch, scope);
                }
            } else if (value.isObject()) {
                if (scope == FilterPolicyScope.MessageAttributes) {
                    throw invalid("Filter policy scope MessageAttributes does not support nested filter policy");
                }
                keys += countKeys(value, scope);
            } else if (value.isArray()) {
                value.forEach(FilterPolicyChecks::checkCondition);
                keys++;
            } else {
                throw invalid("\"" + field.getKey() + "\" must be an object or an array");
            }
        }
        return keys;
    }

    private static void checkCondition(JsonNode condition) {
        if (!condition.isObject()) {
            return;
        }
        condition.fieldNames().forEachRemaining(operator -> {
            if (!OPERATORS.contains(operator)) {
                throw invalid("Unrecognized match type " + operator);
            }
        });
    }

    private static boolean allObjects(JsonNode array) {
        for (JsonNode element : array) {
            if (!element.isObject()) {
                return false;
            }
        }
        return true;
    }

    static SnsException invalid(String reason) {
        return SnsException.invalidParameter("Attributes Reason: FilterPolicy: " + reason);
    }
}
