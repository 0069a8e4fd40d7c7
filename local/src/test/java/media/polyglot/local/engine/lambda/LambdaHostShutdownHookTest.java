package media.polyglot.local.engine.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import media.polyglot.local.engine.lambda.fixtures.HostLeftOpen;
import org.junit.jupiter.api.Test;

class LambdaHostShutdownHookTest {

    @Test
    void aJvmThatExitsWithoutClosingItsHostLeavesNoFunctionProcessBehind() throws Exception {
        Process program = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HostLeftOpen.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String answer;
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(program.getInputStream(), StandardCharsets.UTF_8))) {
            answer = output.readLine();
        }

        boolean exited = program.waitFor(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS);

        assertThat(exited).isTrue();
        assertThat(program.exitValue()).isZero();
        assertThat(answer).matches("\\{\"pid\":\\d+}");
        long functionPid = ((Number) TestFunctions.parse(answer.getBytes(StandardCharsets.UTF_8)).get("pid")).longValue();
        assertThat(TestFunctions.alive(functionPid)).isFalse();
    }
}
