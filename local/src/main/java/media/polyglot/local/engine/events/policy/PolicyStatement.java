package media.polyglot.local.engine.events.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One statement of a bus's resource policy: Allow or Deny, for which principals (account ids; {@code "*"} is
 * everyone), which actions and resources, under which conditions. Principals are accounts only: the caller the
 * runtime knows is an account (its credentials), so an IAM role or user ARN as principal never matches, and
 * {@code "*"} restricted by {@code aws:PrincipalOrgID} is refused, the runtime knowing no organizations.
 */
public record PolicyStatement(String sid, boolean allow, List<String> principals, List<String> actions,
                              List<String> resources, List<PolicyCondition> conditions, JsonNode json) {

    private static final Pattern ACCOUNT_ROOT = Pattern.compile("arn:[^:]+:iam::(\\d{12}):root");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    public PolicyStatement {
        Objects.requireNonNull(json, "json");
        principals = List.copyOf(principals);
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        conditions = List.copyOf(conditions);
    }

    /**
     * A statement in IAM's JSON form, as an {@code AWS::Events::EventBusPolicy}'s {@code Statement} or one of a
     * bus's {@code Policy} holds it.
     *
     * @throws IllegalArgumentException naming the member that is missing or not understood
     */
    public static PolicyStatement read(JsonNode statement) {
        if (!statement.isObject()) {
            throw new IllegalArgumentException("a policy statement must be a JSON object, was " + statement);
        }
        String effect = statement.path("Effect").asText();
        if (!effect.equals("Allow") && !effect.equals("Deny")) {
            throw new IllegalArgumentException("policy statement " + statement.path("Sid").asText("(no Sid)")
                    + ": Effect must be Allow or Deny, was '" + effect + "'");
        }
        JsonNode principal = statement.path("Principal");
        List<String> principals = principal.isTextual() ? List.of(principal.asText()) : texts(principal.path("AWS"));
        return new PolicyStatement(statement.path("Sid").asText(null), effect.equals("Allow"),
                principals.stream().map(PolicyStatement::account).toList(), texts(statement.path("Action")),
                texts(statement.path("Resource")), PolicyCondition.read(statement.path("Condition")), statement);
    }

    /**
     * A statement in the older form of {@code AWS::Events::EventBusPolicy} and PutPermission: a statement id, an
     * action, a principal (an account id or {@code "*"}) and at most one condition of {@code Type}, {@code Key},
     * {@code Value}, on the bus it names.
     */
    public static PolicyStatement permission(String statementId, String action, String principal, JsonNode condition,
                                             String busArn) {
        if (action == null || principal == null) {
            throw new IllegalArgumentException("statement " + statementId
                    + " needs an Action and a Principal, or a Statement");
        }
        ObjectNode json = JsonNodeFactory.instance.objectNode().put("Sid", statementId).put("Effect", "Allow");
        if ("*".equals(principal)) {
            json.put("Principal", principal);
        } else {
            json.putObject("Principal").put("AWS", "arn:aws:iam::" + principal + ":root");
        }
        json.put("Action", action).put("Resource", busArn);
        if (condition != null && !condition.isMissingNode() && !condition.isNull()) {
            json.putObject("Condition").putObject(condition.path("Type").asText())
                    .put(condition.path("Key").asText(), condition.path("Value").asText());
        }
        return read(json);
    }

    /** Whether this statement speaks of the request: its principal, action, resource and every condition. */
    boolean appliesTo(PutEventsRequest request) {
        return principals.stream().anyMatch(p -> p.equals("*") || p.equals(request.callerAccount()))
                && actions.stream().anyMatch(PolicyStatement::coversPutEvents)
                && resources.stream().anyMatch(resource -> Wildcards.matches(resource, request.busArn()))
                && conditions.stream().allMatch(condition -> condition.holds(request.conditionKeys()));
    }

    // IAM action names are case-insensitive and may hold wildcards ("events:*", "*").
    private static boolean coversPutEvents(String action) {
        return Wildcards.matches(action.toLowerCase(Locale.ROOT), "events:putevents");
    }

    /** An account id or account root ARN as the account; anything else (a role, a user) as it is. */
    private static String account(String principal) {
        Matcher root = ACCOUNT_ROOT.matcher(principal);
        if (root.matches()) {
            return root.group(1);
        }
        return ACCOUNT.matcher(principal).matches() || principal.equals("*") ? principal : "iam:" + principal;
    }

    private static List<String> texts(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(value -> values.add(value.asText()));
        } else if (!node.isMissingNode() && !node.isNull()) {
            values.add(node.asText());
        }
        return values;
    }
}
