package media.polyglot.local.engine.lambda;

/** How an invocation ended, before the host adds timing: the runtime's response, or an error. */
sealed interface Outcome {

    record Response(byte[] payload) implements Outcome {
    }

    record Failure(FunctionError error) implements Outcome {
    }
}
