package media.polyglot.local.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.lambda.FunctionSpec;
import media.polyglot.local.template.Resource;

/**
 * {@code AWS::Lambda::Function} on the Lambda host: its asset jar, handler, memory, timeout and
 * environment, plus what the runtime adds so the function's SDK clients reach the edge with no
 * local-only code: region, credentials of the stack's account and {@code AWS_ENDPOINT_URL}.
 */
final class FunctionType implements ResourceType {

    /** Lambda's defaults when the template sets none. */
    private static final int DEFAULT_MEMORY_MB = 128;
    private static final int DEFAULT_TIMEOUT_SECONDS = 3;

    @Override
    public String type() {
        return "AWS::Lambda::Function";
    }

    @Override
    public void name(Resource resource, StackContext stack) {
        String name = stack.text(resource, "FunctionName");
        if (name == null) {
            name = stack.physical().generatedName(resource.logicalId(), 64);
        }
        stack.physical().define(resource.logicalId(), name,
                Map.of("Arn", stack.physical().arn("lambda", "function:" + name)));
    }

    @Override
    public void start(Resource resource, StackContext stack) {
        String runtime = stack.text(resource, "Runtime");
        if (runtime == null || !runtime.startsWith("java")) {
            stack.notRun(resource.logicalId(), type(), "runtime " + runtime + " is not served; only Java runtimes run locally");
            return;
        }
        Path code = stack.assets().fileFor(stack.intrinsics()
                .resolveText(resource.property("Code").path("S3Key"), resource.logicalId() + ".Code.S3Key"));
        JsonNode memory = resource.property("MemorySize");
        JsonNode timeout = resource.property("Timeout");
        JsonNode reserved = resource.property("ReservedConcurrentExecutions");
        if (reserved.isInt() && reserved.asInt() == 0) {
            stack.notRun(resource.logicalId(), type(), "reserved concurrency 0 throttles every invocation");
            return;
        }
        FunctionSpec spec = new FunctionSpec(
                stack.physical().ref(resource.logicalId()),
                stack.text(resource, "Handler"),
                List.of(code),
                memory.isMissingNode() ? DEFAULT_MEMORY_MB : memory.asInt(),
                Duration.ofSeconds(timeout.isMissingNode() ? DEFAULT_TIMEOUT_SECONDS : timeout.asInt()),
                environment(resource, stack));
        if (reserved.isInt()) {
            stack.engines().functions().register(spec, reserved.asInt());
        } else {
            stack.engines().functions().register(spec);
        }
    }

    private static Map<String, String> environment(Resource resource, StackContext stack) {
        Map<String, String> environment = new HashMap<>();
        stack.resolved(resource, "Environment").path("Variables").fields()
                .forEachRemaining(variable -> environment.put(variable.getKey(), variable.getValue().asText()));
        environment.put("AWS_REGION", stack.settings().region());
        environment.put("AWS_DEFAULT_REGION", stack.settings().region());
        // The stack's account's credentials: what the function calls is checked as from that account.
        environment.put("AWS_ACCESS_KEY_ID", stack.settings().accessKeyOf(stack.accountId()));
        environment.put("AWS_SECRET_ACCESS_KEY", stack.settings().secretAccessKey());
        environment.put("AWS_ENDPOINT_URL", stack.edgeUrl());
        return environment;
    }
}
