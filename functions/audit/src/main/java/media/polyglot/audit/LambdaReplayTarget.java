package media.polyglot.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import media.polyglot.events.EventJson;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * A projection function invoked as its subscription queue would invoke it: an SQS event whose messages hold the
 * stored events as EventBridge delivered them, answered with the failed messages ({@code batchItemFailures}).
 * Each message id is the event's stream position, so a failure names the event.
 */
final class LambdaReplayTarget implements ReplayTarget {

    /** The SQS event source name of replayed messages, so a log line can tell a replay from a delivery. */
    static final String EVENT_SOURCE = "polyglot:audit-rebuild";

    private final LambdaClient lambda;
    private final String functionName;

    LambdaReplayTarget(LambdaClient lambda, String functionName) {
        this.lambda = lambda;
        this.functionName = functionName;
    }

    @Override
    public List<Long> deliver(List<StreamEntry> batch) {
        InvokeResponse response = lambda.invoke(i -> i.functionName(functionName)
                .payload(SdkBytes.fromUtf8String(sqsEvent(batch).toString())));
        String answer = response.payload() == null ? "" : response.payload().asUtf8String();
        if (response.functionError() != null) {
            throw new IllegalStateException("replay into " + functionName + " failed at positions "
                    + batch.get(0).position() + " to " + batch.get(batch.size() - 1).position() + ": "
                    + response.functionError() + " " + answer);
        }
        List<Long> failed = new ArrayList<>();
        try {
            JsonNode failures = EventJson.mapper().readTree(answer.isBlank() ? "{}" : answer).path("batchItemFailures");
            failures.forEach(f -> failed.add(Long.valueOf(f.path("itemIdentifier").asText())));
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException(functionName + " answered a replay with something other than an SQS batch "
                    + "response: " + answer, e);
        }
        return failed;
    }

    static ObjectNode sqsEvent(List<StreamEntry> batch) {
        ObjectNode event = EventJson.mapper().createObjectNode();
        ArrayNode records = event.putArray("Records");
        for (StreamEntry entry : batch) {
            records.addObject()
                    .put("messageId", Long.toString(entry.position()))
                    .put("receiptHandle", "replay-" + entry.position())
                    .put("body", busEvent(entry.event()).toString())
                    .put("eventSource", EVENT_SOURCE)
                    .put("md5OfBody", "")
                    .putObject("attributes");
        }
        return event;
    }

    /** The event as the bus delivered it: the fields the store keeps, and the event id for the bus's id. */
    static ObjectNode busEvent(StoredEvent stored) {
        ObjectNode event = EventJson.mapper().createObjectNode();
        event.put("version", "0");
        event.put("id", stored.envelope().path("metadata").path("eventId").asText());
        event.put("detail-type", stored.detailType());
        event.put("source", stored.source());
        event.put("time", stored.time());
        event.putArray("resources");
        event.set("detail", stored.envelope());
        return event;
    }
}
