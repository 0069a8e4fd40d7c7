package media.polyglot.local.observe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import media.polyglot.local.engine.lambda.InvocationObserver;
import media.polyglot.local.engine.lambda.InvocationResult;

/**
 * Records one hop per flow in each function invocation (a batch may carry several flows), with
 * whether it started cold and, for an SQS batch, how long its oldest message waited in the queue.
 */
public final class FunctionHops implements InvocationObserver {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HopLog log;

    public FunctionHops(HopLog log) {
        this.log = log;
    }

    @Override
    public void invoked(String functionName, byte[] payload, InvocationResult result) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("requestId", result.requestId());
        details.put("start", result.coldStart() ? "cold" : "warm");
        long queueWait = longestQueueWait(payload, System.currentTimeMillis() - result.duration().toMillis());
        if (queueWait >= 0) {
            details.put("queueWaitMs", Long.toString(queueWait));
        }
        String outcome = result.failed() ? result.error().errorType() + ": " + result.error().errorMessage() : "ok";
        Set<String> flows = CorrelationIds.in(payload);
        if (flows.isEmpty()) {
            log.record(HopKind.FUNCTION_INVOKED, functionName, null, null, result.duration().toMillis(), outcome, details);
        }
        for (String correlationId : flows) {
            log.record(HopKind.FUNCTION_INVOKED, functionName, correlationId, null, result.duration().toMillis(),
                    outcome, details);
        }
    }

    /** How long the batch's oldest SQS message waited in its queue before the invocation began, or -1. */
    private static long longestQueueWait(byte[] payload, long invokedAt) {
        long longest = -1;
        try {
            for (JsonNode record : JSON.readTree(payload).path("Records")) {
                JsonNode sent = record.path("attributes").path("SentTimestamp");
                if (sent.isTextual()) {
                    longest = Math.max(longest, invokedAt - Long.parseLong(sent.asText()));
                }
            }
        } catch (IOException | NumberFormatException notAQueueBatch) {
            return -1;
        }
        return longest;
    }
}
