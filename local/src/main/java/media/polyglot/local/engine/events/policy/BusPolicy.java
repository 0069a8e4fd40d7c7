package media.polyglot.local.engine.events.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A bus's resource policy, as EventBridge evaluates it for PutEvents: the bus's own account needs none; another
 * account is allowed when a statement allows it and none denies it (an explicit Deny wins, as in IAM). Immutable:
 * adding or removing a statement gives a new policy.
 */
public record BusPolicy(List<PolicyStatement> statements) {

    public static final BusPolicy EMPTY = new BusPolicy(List.of());

    public BusPolicy {
        statements = List.copyOf(statements);
    }

    /**
     * A policy document, {@code {"Version": ..., "Statement": [...]}}, as a bus's {@code Policy} holds it.
     *
     * @throws IllegalArgumentException when a statement is not understood
     */
    public static BusPolicy read(JsonNode document) {
        JsonNode statement = document.path("Statement");
        List<PolicyStatement> statements = new ArrayList<>();
        if (statement.isArray()) {
            statement.forEach(each -> statements.add(PolicyStatement.read(each)));
        } else if (statement.isObject()) {
            statements.add(PolicyStatement.read(statement));
        } else {
            throw new IllegalArgumentException("a bus policy needs a Statement, was " + document);
        }
        return new BusPolicy(statements);
    }

    /** This policy with {@code statement} added, replacing one of the same Sid. */
    public BusPolicy with(PolicyStatement statement) {
        List<PolicyStatement> kept = new ArrayList<>(without(statement.sid()).statements);
        kept.add(statement);
        return new BusPolicy(kept);
    }

    /** This policy without the statement of this Sid. */
    public BusPolicy without(String sid) {
        return new BusPolicy(statements.stream().filter(statement -> sid == null || !sid.equals(statement.sid()))
                .toList());
    }

    public boolean hasStatement(String sid) {
        return statements.stream().anyMatch(statement -> sid.equals(statement.sid()));
    }

    /** Whether the caller may put this entry on the bus owned by {@code ownerAccount}. */
    public boolean allows(PutEventsRequest request, String ownerAccount) {
        if (request.callerAccount().equals(ownerAccount)) {
            return true;
        }
        boolean denied = statements.stream().anyMatch(s -> !s.allow() && s.appliesTo(request));
        return !denied && statements.stream().anyMatch(s -> s.allow() && s.appliesTo(request));
    }

    /**
     * The entry error of a refused entry. The PutEvents reference lists AccessDeniedException among the per-entry,
     * non-retryable codes ("You do not have sufficient access to perform this action"); NotAuthorizedForSource is
     * for sources reserved to AWS services (aws.*). The call itself succeeds with the entry failed
     * (https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEventsResultEntry.html).
     */
    public static String refusal(PutEventsRequest request) {
        return "User: arn:aws:iam::" + request.callerAccount() + ":root is not authorized to perform: events:PutEvents"
                + " on resource: " + request.busArn() + " because no resource-based policy allows the events:PutEvents"
                + " action";
    }

    /** The document DescribeEventBus answers, or empty when the bus has no statement. */
    public Optional<String> document() {
        if (statements.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode document = JsonNodeFactory.instance.objectNode().put("Version", "2012-10-17");
        statements.forEach(statement -> document.withArray("Statement").add(statement.json()));
        return Optional.of(document.toString());
    }
}
