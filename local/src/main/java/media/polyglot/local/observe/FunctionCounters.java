package media.polyglot.local.observe;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import media.polyglot.local.engine.lambda.InvocationObserver;
import media.polyglot.local.engine.lambda.InvocationResult;

/** Per function: invocations, errors, cold starts, and the last errors, for status and the dashboard. */
public final class FunctionCounters implements InvocationObserver {

    private static final int LAST_ERRORS = 5;

    private final Map<String, Counts> byFunction = new ConcurrentHashMap<>();

    /** A function's figures so far. */
    public record Snapshot(long invocations, long errors, long coldStarts, List<String> lastErrors) {
    }

    @Override
    public void invoked(String functionName, byte[] payload, InvocationResult result) {
        byFunction.computeIfAbsent(functionName, name -> new Counts()).add(result);
    }

    public Snapshot of(String functionName) {
        Counts counts = byFunction.get(functionName);
        return counts == null ? new Snapshot(0, 0, 0, List.of()) : counts.snapshot();
    }

    private static final class Counts {
        private long invocations;
        private long errors;
        private long coldStarts;
        private final Deque<String> lastErrors = new ArrayDeque<>();

        synchronized void add(InvocationResult result) {
            invocations++;
            coldStarts += result.coldStart() ? 1 : 0;
            if (result.failed()) {
                errors++;
                lastErrors.addFirst(result.requestId() + " " + result.error().errorType() + ": "
                        + result.error().errorMessage());
                if (lastErrors.size() > LAST_ERRORS) {
                    lastErrors.removeLast();
                }
            }
        }

        synchronized Snapshot snapshot() {
            return new Snapshot(invocations, errors, coldStarts, List.copyOf(lastErrors));
        }
    }
}
