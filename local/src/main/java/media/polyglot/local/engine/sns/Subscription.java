package media.polyglot.local.engine.sns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A confirmed subscription of an SQS queue or a Lambda function to a topic, with the attributes
 * that shape delivery: RawMessageDelivery, FilterPolicy and FilterPolicyScope, RedrivePolicy.
 * Subscriptions of this account's queues and functions need no confirmation, as on AWS.
 *
 * @param filterPolicy   null when every message is delivered
 * @param redrivePolicy  the RedrivePolicy JSON, or null
 * @param deadLetterArn  the SQS ARN the redrive policy names, or null
 */
public record Subscription(String arn, String topicArn, SubscriptionProtocol protocol, String endpoint, String owner,
                           boolean rawMessageDelivery, FilterPolicyScope filterPolicyScope, FilterPolicy filterPolicy,
                           String redrivePolicy, String deadLetterArn) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Subscription create(String arn, String topicArn, SubscriptionProtocol protocol, String endpoint,
                               String owner) {
        return new Subscription(arn, topicArn, protocol, endpoint, owner, false, FilterPolicyScope.MessageAttributes,
                null, null, null);
    }

    /** This subscription with one attribute set, as SetSubscriptionAttributes sets it; an empty value clears it. */
    Subscription with(String name, String value) {
        boolean clear = value == null || value.isEmpty();
        return switch (name) {
            case "RawMessageDelivery" -> withRawMessageDelivery(!clear && Boolean.parseBoolean(value));
            case "FilterPolicy" -> new Subscription(arn, topicArn, protocol, endpoint, owner, rawMessageDelivery,
                    filterPolicyScope, clear ? null : FilterPolicy.parse(value, filterPolicyScope), redrivePolicy,
                    deadLetterArn);
            case "FilterPolicyScope" -> withScope(FilterPolicyScope.parse(clear ? null : value));
            case "RedrivePolicy" -> new Subscription(arn, topicArn, protocol, endpoint, owner, rawMessageDelivery,
                    filterPolicyScope, filterPolicy, clear ? null : value, clear ? null : deadLetterTarget(value));
            default -> throw SnsException.invalidParameter("AttributeName");
        };
    }

    /** The attributes GetSubscriptionAttributes answers. */
    public Map<String, String> attributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("SubscriptionArn", arn);
        attributes.put("TopicArn", topicArn);
        attributes.put("Owner", owner);
        attributes.put("Protocol", protocol.wireName());
        attributes.put("Endpoint", endpoint);
        attributes.put("ConfirmationWasAuthenticated", "true");
        attributes.put("PendingConfirmation", "false");
        attributes.put("RawMessageDelivery", Boolean.toString(rawMessageDelivery));
        if (filterPolicy != null) {
            attributes.put("FilterPolicy", filterPolicy.json());
            attributes.put("FilterPolicyScope", filterPolicyScope.name());
        }
        if (redrivePolicy != null) {
            attributes.put("RedrivePolicy", redrivePolicy);
        }
        return attributes;
    }

    private Subscription withRawMessageDelivery(boolean raw) {
        if (raw && protocol == SubscriptionProtocol.LAMBDA) {
            throw SnsException.invalidParameter("Delivery protocol [lambda] does not support raw message delivery.");
        }
        return new Subscription(arn, topicArn, protocol, endpoint, owner, raw, filterPolicyScope, filterPolicy,
                redrivePolicy, deadLetterArn);
    }

    private Subscription withScope(FilterPolicyScope scope) {
        return new Subscription(arn, topicArn, protocol, endpoint, owner, rawMessageDelivery, scope,
                filterPolicy == null ? null : filterPolicy.withScope(scope), redrivePolicy, deadLetterArn);
    }

    private static String deadLetterTarget(String redrivePolicy) {
        try {
            JsonNode target = JSON.readTree(redrivePolicy).path("deadLetterTargetArn");
            if (target.isTextual() && target.asText().startsWith("arn:aws:sqs:")) {
                return target.asText();
            }
        } catch (JsonProcessingException notJson) {
            throw SnsException.invalidParameter("RedrivePolicy: failed to parse JSON. " + notJson.getOriginalMessage());
        }
        throw SnsException.invalidParameter("RedrivePolicy: deadLetterTargetArn is missing or is not an SQS queue ARN");
    }
}
