package media.polyglot.local.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.Map;
import media.polyglot.local.template.Resource;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** {@code AWS::SQS::Queue} on ElasticMQ, with its redrive policy and FIFO settings. */
final class QueueType implements ResourceType {

    /** SQS queue names are at most 80 characters, {@code .fifo} included. */
    private static final int MAX_NAME = 80;
    private static final Map<String, QueueAttributeName> ATTRIBUTES = Map.of(
            "VisibilityTimeout", QueueAttributeName.VISIBILITY_TIMEOUT,
            "MessageRetentionPeriod", QueueAttributeName.MESSAGE_RETENTION_PERIOD,
            "DelaySeconds", QueueAttributeName.DELAY_SECONDS,
            "MaximumMessageSize", QueueAttributeName.MAXIMUM_MESSAGE_SIZE,
            "ReceiveMessageWaitTimeSeconds", QueueAttributeName.RECEIVE_MESSAGE_WAIT_TIME_SECONDS,
            "ContentBasedDeduplication", QueueAttributeName.CONTENT_BASED_DEDUPLICATION);

    @Override
    public String type() {
        return "AWS::SQS::Queue";
    }

    @Override
    public void name(Resource resource, StackContext stack) {
        String name = stack.text(resource, "QueueName");
        if (name == null) {
            boolean fifo = resource.property("FifoQueue").asBoolean(false);
            String base = stack.physical().generatedName(resource.logicalId(), MAX_NAME - (fifo ? 5 : 0));
            name = fifo ? base + ".fifo" : base;
        }
        String url = stack.edgeUrl() + "/" + stack.accountId() + "/" + name;
        stack.physical().define(resource.logicalId(), url, Map.of(
                "Arn", stack.physical().arn("sqs", name), "QueueName", name, "QueueUrl", url));
    }

    @Override
    public void start(Resource resource, StackContext stack) {
        Map<QueueAttributeName, String> attributes = new EnumMap<>(QueueAttributeName.class);
        ATTRIBUTES.forEach((property, attribute) -> {
            String value = stack.text(resource, property);
            if (value != null) {
                attributes.put(attribute, value);
            }
        });
        if (resource.property("FifoQueue").asBoolean(false)) {
            attributes.put(QueueAttributeName.FIFO_QUEUE, "true");
        }
        JsonNode redrive = stack.resolved(resource, "RedrivePolicy");
        if (redrive.isObject()) {
            attributes.put(QueueAttributeName.REDRIVE_POLICY, redrive.toString());
        }
        String name = stack.physical().attribute(resource.logicalId(), "QueueName");
        stack.engines().queues().createQueue(name, attributes);
    }

    /** Queues without a redrive policy first: a queue's DLQ must exist before the queue names it. */
    @Override
    public int startRank(Resource resource) {
        return resource.property("RedrivePolicy").isMissingNode() ? 0 : 1;
    }
}
