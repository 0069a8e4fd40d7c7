package media.polyglot.local.engine.lambda;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.lambda.fixtures.EchoHandler;

/** Functions made of the fixture handlers, whose code is this module's compiled test classes. */
final class TestFunctions {

    static final String REGION = "us-east-1";
    static final String ACCOUNT = "000000000000";
    static final Path TEST_CLASSES = testClasses();

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestFunctions() {
    }

    static FunctionSpec function(String name, Class<?> handler) {
        return function(name, handler, Duration.ofSeconds(30));
    }

    static FunctionSpec function(String name, Class<?> handler, Duration timeout) {
        return new FunctionSpec(name, handler.getName() + "::handleRequest", List.of(TEST_CLASSES), 256, timeout,
                Map.of("AWS_REGION", REGION, "TABLE_NAME", "content"));
    }

    static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> parse(byte[] body) {
        try {
            return JSON.readValue(body, new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long pid(InvocationResult result) {
        return ((Number) parse(result.payload()).get("pid")).longValue();
    }

    static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The function JVMs this test JVM started and that are still running. */
    static List<ProcessHandle> functionProcesses() {
        return ProcessHandle.current().descendants()
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().commandLine().orElse("").contains(RuntimeInterfaceClient.MAIN_CLASS))
                .toList();
    }

    private static Path testClasses() {
        try {
            return Path.of(EchoHandler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
