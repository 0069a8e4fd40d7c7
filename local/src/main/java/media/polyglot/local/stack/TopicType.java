package media.polyglot.local.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import media.polyglot.local.template.Resource;

/**
 * {@code AWS::SNS::Topic} on the SNS engine: its name (given or generated, {@code .fifo} for a FIFO
 * topic), FIFO and deduplication settings, and any inline {@code Subscription} list. Ref is the
 * topic ARN, as in CloudFormation.
 */
final class TopicType implements ResourceType {

    /** Topic names are at most 256 characters, {@code .fifo} included. */
    private static final int MAX_NAME = 256;
    private static final String[] ATTRIBUTES = {"DisplayName", "ContentBasedDeduplication", "FifoThroughputScope"};

    @Override
    public String type() {
        return "AWS::SNS::Topic";
    }

    @Override
    public void name(Resource resource, StackContext stack) {
        String name = stack.text(resource, "TopicName");
        if (name == null) {
            boolean fifo = fifo(resource, stack);
            String base = stack.physical().generatedName(resource.logicalId(), MAX_NAME - (fifo ? 5 : 0));
            name = fifo ? base + ".fifo" : base;
        }
        // The SNS engine keeps topics of the runtime's own account, whichever stack makes them.
        String arn = "arn:aws:sns:" + stack.settings().region() + ":" + stack.settings().accountId() + ":" + name;
        stack.physical().define(resource.logicalId(), arn, Map.of("TopicArn", arn, "TopicName", name));
    }

    @Override
    public void start(Resource resource, StackContext stack) {
        Map<String, String> attributes = new HashMap<>();
        for (String attribute : ATTRIBUTES) {
            String value = stack.text(resource, attribute);
            if (value != null) {
                attributes.put(attribute, value);
            }
        }
        if (fifo(resource, stack)) {
            attributes.put("FifoTopic", "true");
        }
        String name = stack.physical().attribute(resource.logicalId(), "TopicName");
        String arn = stack.engines().topics().createTopic(name, attributes).arn();
        for (JsonNode subscription : stack.resolved(resource, "Subscription")) {
            String protocol = subscription.path("Protocol").asText();
            String endpoint = subscription.path("Endpoint").asText();
            if (SubscriptionType.SERVED_PROTOCOLS.contains(protocol)) {
                stack.engines().topics().subscribe(arn, protocol, endpoint, Map.of());
            } else {
                stack.notRun(resource.logicalId(), type(), "subscription " + protocol + " " + endpoint
                        + " is not delivered: only sqs and lambda subscriptions run locally");
            }
        }
    }

    private static boolean fifo(Resource resource, StackContext stack) {
        return "true".equalsIgnoreCase(stack.text(resource, "FifoTopic"));
    }
}
