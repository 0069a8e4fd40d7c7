package media.polyglot.local.engine.lambda;

import java.util.Collection;
import java.util.TreeSet;

/** An invocation named a function the Lambda host does not have (Lambda answers ResourceNotFoundException). */
public final class UnknownFunctionException extends RuntimeException {

    private final String functionName;

    UnknownFunctionException(String functionName, Collection<String> registered) {
        super("Function not found: " + functionName + " is not registered with the Lambda host (registered: "
                + new TreeSet<>(registered) + ")");
        this.functionName = functionName;
    }

    public String functionName() {
        return functionName;
    }
}
