package media.polyglot.local.protocol.lambda;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import media.polyglot.local.engine.lambda.FunctionSpec;

/** A function's configuration in Lambda's shape (GetFunctionConfiguration, ListFunctions). */
final class FunctionConfiguration {

    private FunctionConfiguration() {
    }

    static ObjectNode of(FunctionSpec spec, String arn) {
        ObjectNode configuration = JsonNodeFactory.instance.objectNode()
                .put("FunctionName", spec.name())
                .put("FunctionArn", arn)
                .put("Runtime", "java21")
                .put("Handler", spec.handler())
                .put("CodeSize", codeSize(spec))
                .put("Timeout", spec.timeout().toSeconds())
                .put("MemorySize", spec.memoryMb())
                .put("Version", "$LATEST")
                .put("PackageType", "Zip")
                .put("State", "Active");
        configuration.putArray("Architectures").add("x86_64");
        ObjectNode variables = configuration.putObject("Environment").putObject("Variables");
        // AWS_ names are Lambda's reserved variables (the runtime adds them here); a function's own never start so.
        spec.environment().forEach((name, value) -> {
            if (!name.startsWith("AWS_")) {
                variables.put(name, value);
            }
        });
        return configuration;
    }

    private static long codeSize(FunctionSpec spec) {
        try {
            return Files.isRegularFile(spec.classpath().get(0)) ? Files.size(spec.classpath().get(0)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
