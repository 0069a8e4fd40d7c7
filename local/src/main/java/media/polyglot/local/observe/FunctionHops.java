package media.polyglot.local.observe;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import media.polyglot.local.engine.lambda.InvocationObserver;
import media.polyglot.local.engine.lambda.InvocationResult;

/** Records one hop per flow in each function invocation (a batch may carry several flows). */
public final class FunctionHops implements InvocationObserver {

    private final HopLog log;

    public FunctionHops(HopLog log) {
        this.log = log;
    }

    @Override
    public void invoked(String functionName, byte[] payload, InvocationResult result) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("requestId", result.requestId());
        details.put("start", result.coldStart() ? "cold" : "warm");
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
}
