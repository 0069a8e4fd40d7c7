package media.polyglot.local.engine.events.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One condition of a policy statement, {@code "StringEquals": {"events:source": [...]}}: the operator, the key, the
 * values any of which may match. IAM's rules: keys are case-insensitive, values are not; a key the request lacks
 * fails the condition, except under {@code ForAllValues:}, which holds for an absent key (IAM's documented quirk:
 * "ForAllValues returns true if there are no keys in the request"). Only the string operators EventBridge's
 * condition keys need are known; any other is refused when the policy is read, never silently ignored.
 */
public record PolicyCondition(Operator operator, boolean forAllValues, String key, List<String> values) {

    /** The operators the runtime evaluates. */
    public enum Operator {
        STRING_EQUALS("StringEquals"), STRING_NOT_EQUALS("StringNotEquals"), STRING_LIKE("StringLike"),
        STRING_NOT_LIKE("StringNotLike");

        private final String iamName;

        Operator(String iamName) {
            this.iamName = iamName;
        }

        static Operator named(String name) {
            for (Operator operator : values()) {
                if (operator.iamName.equals(name)) {
                    return operator;
                }
            }
            throw new IllegalArgumentException("condition operator " + name + " is not evaluated by the local runtime;"
                    + " it evaluates StringEquals, StringNotEquals, StringLike, StringNotLike (with ForAllValues:)");
        }
    }

    public PolicyCondition {
        Objects.requireNonNull(operator, "operator");
        key = key.toLowerCase(Locale.ROOT);
        values = List.copyOf(values);
    }

    /** Every condition of a statement's {@code Condition} block. */
    static List<PolicyCondition> read(JsonNode block) {
        List<PolicyCondition> conditions = new ArrayList<>();
        block.fields().forEachRemaining(operator -> {
            String name = operator.getKey();
            boolean forAll = name.startsWith("ForAllValues:");
            if (name.startsWith("ForAnyValue:")) {
                name = name.substring("ForAnyValue:".length());
            }
            Operator parsed = Operator.named(forAll ? name.substring("ForAllValues:".length()) : name);
            operator.getValue().fields().forEachRemaining(key -> {
                List<String> values = new ArrayList<>();
                if (key.getValue().isArray()) {
                    key.getValue().forEach(value -> values.add(value.asText()));
                } else {
                    values.add(key.getValue().asText());
                }
                conditions.add(new PolicyCondition(parsed, forAll, key.getKey(), values));
            });
        });
        return conditions;
    }

    /** Whether the condition holds for the request's keys. */
    boolean holds(Map<String, String> requestKeys) {
        String value = requestKeys.get(key);
        if (value == null) {
            return forAllValues;
        }
        return switch (operator) {
            case STRING_EQUALS -> values.contains(value);
            case STRING_NOT_EQUALS -> !values.contains(value);
            case STRING_LIKE -> values.stream().anyMatch(pattern -> Wildcards.matches(pattern, value));
            case STRING_NOT_LIKE -> values.stream().noneMatch(pattern -> Wildcards.matches(pattern, value));
        };
    }
}
