package media.polyglot.local.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import media.polyglot.local.engine.mappings.SqsMapping;
import media.polyglot.local.engine.mappings.StreamMapping;
import media.polyglot.local.template.Resource;

/** {@code AWS::Lambda::EventSourceMapping} from an SQS queue or a DynamoDB stream, on the runtime's pollers. */
final class EventSourceMappingType implements ResourceType {

    /** Lambda's default batch sizes: 10 for SQS, 100 for streams. */
    private static final int SQS_DEFAULT_BATCH = 10;
    private static final int STREAM_DEFAULT_BATCH = 100;

    @Override
    public String type() {
        return "AWS::Lambda::EventSourceMapping";
    }

    @Override
    public void name(Resource resource, StackContext stack) {
        String id = resource.logicalId().toLowerCase();
        stack.physical().define(resource.logicalId(), id, Map.of("EventSourceMappingId", id));
    }

    @Override
    public void start(Resource resource, StackContext stack) {
        String sourceArn = stack.text(resource, "EventSourceArn");
        String function = stack.text(resource, "FunctionName");
        String functionName = function.substring(function.lastIndexOf(':') + 1);
        int batchSize = resource.property("BatchSize").asInt(0);
        boolean partialFailures = false;
        for (JsonNode type : resource.property("FunctionResponseTypes")) {
            partialFailures |= "ReportBatchItemFailures".equals(type.asText());
        }
        String id = stack.physical().ref(resource.logicalId());
        if (sourceArn.startsWith("arn:aws:sqs:")) {
            stack.engines().mappings().startSqs(new SqsMapping(id, functionName, sourceArn,
                    batchSize == 0 ? SQS_DEFAULT_BATCH : batchSize,
                    Duration.ofSeconds(resource.property("MaximumBatchingWindowInSeconds").asLong(0)), partialFailures,
                    resource.property("ScalingConfig").path("MaximumConcurrency").asInt(SqsMapping.DEFAULT_CONCURRENCY)));
        } else if (sourceArn.startsWith("arn:aws:dynamodb:") && sourceArn.contains("/stream/")) {
            JsonNode onFailure = stack.resolved(resource, "DestinationConfig").path("OnFailure").path("Destination");
            stack.engines().mappings().startStream(new StreamMapping(id, functionName,
                    stack.physical().arn("lambda", "function:" + functionName), sourceArn,
                    batchSize == 0 ? STREAM_DEFAULT_BATCH : batchSize,
                    "LATEST".equals(stack.text(resource, "StartingPosition")), partialFailures,
                    resource.property("BisectBatchOnFunctionError").asBoolean(false),
                    resource.property("MaximumRetryAttempts").asInt(-1),
                    onFailure.isTextual() ? onFailure.asText() : null));
        } else {
            stack.notRun(resource.logicalId(), type(), "event source " + sourceArn + " is not served locally");
        }
    }
}
