package media.polyglot.local.engine.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionLauncherTest {

    @TempDir
    Path hostDirectory;

    private final Path code = Path.of("/srv/functions/content.jar");
    private final FunctionSpec spec = new FunctionSpec("content", "media.polyglot.content.SubmitHandler::handleRequest",
            List.of(code), 512, Duration.ofSeconds(10),
            Map.of("AWS_REGION", "us-east-1", "AWS_LAMBDA_FUNCTION_NAME", "spoofed"));

    @Test
    void theJvmStartsTheRuntimeInterfaceClientWithTheHandlerAsTheJava21RuntimeDoes() {
        RuntimeInterfaceClient runtime = RuntimeInterfaceClient.install(hostDirectory);
        FunctionLauncher launcher = new FunctionLauncher(runtime, hostDirectory, new ClassDataArchives(null));

        List<String> command = launcher.command(spec);

        List<String> classpath = new ArrayList<>(runtime.classpath().stream().map(Path::toString).toList());
        classpath.add(code.toString());
        assertThat(command).containsExactly(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xmx435m",
                "-Dcom.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI="
                        + runtime.nativeLibrary(),
                "-cp", String.join(":", classpath),
                "com.amazonaws.services.lambda.runtime.api.client.AWSLambda",
                "media.polyglot.content.SubmitHandler::handleRequest");
    }

    @Test
    void theRuntimeClasspathHoldsTheClientItsSerializationLambdaCoreAndUtilsLite() {
        RuntimeInterfaceClient runtime = RuntimeInterfaceClient.install(hostDirectory);

        assertThat(runtime.classpath()).extracting(jar -> jar.getFileName().toString().replaceAll("-[0-9.]+\\.jar$", ""))
                .containsExactly("aws-lambda-java-runtime-interface-client", "aws-lambda-java-serialization",
                        "aws-lambda-java-core", "utils-lite");
        assertThat(runtime.nativeLibrary()).isRegularFile().hasParent(hostDirectory);
        assertThat(runtime.nativeLibrary().getFileName().toString()).startsWith("libaws-lambda-jni.linux");
    }

    @Test
    void reservedVariablesWinOverTheFunctionsOwn() throws Exception {
        Path taskRoot = Files.createDirectory(hostDirectory.resolve("task"));
        FunctionLauncher launcher = new FunctionLauncher(RuntimeInterfaceClient.install(hostDirectory), taskRoot,
                new ClassDataArchives(null));

        Map<String, String> environment = launcher.environment(spec, "127.0.0.1:9001");

        assertThat(environment).containsEntry("AWS_LAMBDA_FUNCTION_NAME", "content")
                .containsEntry("AWS_REGION", "us-east-1")
                .containsEntry("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:9001")
                .containsEntry("_HANDLER", "media.polyglot.content.SubmitHandler::handleRequest")
                .containsEntry("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512")
                .containsEntry("LAMBDA_TASK_ROOT", taskRoot.toString());
        assertThat(environment.get("AWS_LAMBDA_LOG_STREAM_NAME")).matches("\\d{4}/\\d{2}/\\d{2}/\\[\\$LATEST][0-9a-f]{32}");
    }
}
