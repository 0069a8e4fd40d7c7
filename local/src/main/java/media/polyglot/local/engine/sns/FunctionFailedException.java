package media.polyglot.local.engine.sns;

import media.polyglot.local.engine.lambda.FunctionError;

/** The subscribed function ran and failed: Lambda's asynchronous retries apply, not SNS's. */
final class FunctionFailedException extends RuntimeException {

    FunctionFailedException(String functionName, FunctionError error) {
        super("function " + functionName + " failed: " + error.errorType() + ": " + error.errorMessage());
    }
}
