package media.polyglot.local.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import media.polyglot.local.engine.sns.Subscription;
import media.polyglot.local.template.Resource;

/**
 * {@code AWS::SNS::Subscription} of an SQS queue or a Lambda function, with its FilterPolicy (a
 * JSON object in the template), FilterPolicyScope, RawMessageDelivery and RedrivePolicy. Ref is
 * the subscription ARN, known once the subscription exists.
 */
final class SubscriptionType implements ResourceType {

    static final Set<String> SERVED_PROTOCOLS = Set.of("sqs", "lambda");

    @Override
    public String type() {
        return "AWS::SNS::Subscription";
    }

    @Override
    public void name(Resource resource, StackContext stack) {
        // The ARN ends in an id SNS generates when the subscription is made.
    }

    @Override
    public void start(Resource resource, StackContext stack) {
        String protocol = stack.text(resource, "Protocol");
        if (!SERVED_PROTOCOLS.contains(protocol)) {
            stack.notRun(resource.logicalId(), type(), "protocol " + protocol
                    + " is not delivered locally: only sqs and lambda subscriptions run");
            return;
        }
        Map<String, String> attributes = new HashMap<>();
        JsonNode filterPolicy = stack.resolved(resource, "FilterPolicy");
        if (!filterPolicy.isMissingNode()) {
            attributes.put("FilterPolicy", filterPolicy.isTextual() ? filterPolicy.asText() : filterPolicy.toString());
        }
        JsonNode redrivePolicy = stack.resolved(resource, "RedrivePolicy");
        if (!redrivePolicy.isMissingNode()) {
            attributes.put("RedrivePolicy", redrivePolicy.isTextual() ? redrivePolicy.asText() : redrivePolicy.toString());
        }
        String scope = stack.text(resource, "FilterPolicyScope");
        if (scope != null) {
            attributes.put("FilterPolicyScope", scope);
        }
        String raw = stack.text(resource, "RawMessageDelivery");
        if (raw != null) {
            attributes.put("RawMessageDelivery", raw);
        }
        Subscription subscription = stack.engines().topics().subscribe(stack.text(resource, "TopicArn"), protocol,
                stack.text(resource, "Endpoint"), attributes);
        stack.physical().define(resource.logicalId(), subscription.arn(), Map.of("Arn", subscription.arn()));
    }
}
