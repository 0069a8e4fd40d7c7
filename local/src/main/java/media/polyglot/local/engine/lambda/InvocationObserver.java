package media.polyglot.local.engine.lambda;

/** Learns of each invocation the host ran: which function, with what payload, and how it ended. */
@FunctionalInterface
public interface InvocationObserver {

    void invoked(String functionName, byte[] payload, InvocationResult result);
}
