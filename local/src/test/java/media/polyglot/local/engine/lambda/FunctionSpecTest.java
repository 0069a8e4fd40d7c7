package media.polyglot.local.engine.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionSpecTest {

    private static final List<Path> CODE = List.of(Path.of("functions/content/target/content.jar"));

    @Test
    void theHeapGetsEightyFivePercentOfTheFunctionsMemory() {
        assertThat(spec("content", 512, Duration.ofSeconds(10)).heapMb()).isEqualTo(435);
        assertThat(spec("content", 128, Duration.ofSeconds(10)).heapMb()).isEqualTo(108);
    }

    @Test
    void theArnNamesRegionAccountAndFunction() {
        assertThat(spec("content-submit", 512, Duration.ofSeconds(10)).arn("eu-west-1", "123456789012"))
                .isEqualTo("arn:aws:lambda:eu-west-1:123456789012:function:content-submit");
    }

    @Test
    void aNameLambdaWouldRejectIsRejected() {
        assertThatThrownBy(() -> spec("content.submit", 512, Duration.ofSeconds(10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Function name 'content.submit' is not a valid Lambda function name: 1 to 64 letters, "
                        + "digits, hyphens or underscores");
    }

    @Test
    void memoryAndTimeoutMustBeWithinLambdasLimits() {
        assertThatThrownBy(() -> spec("content", 64, Duration.ofSeconds(10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Function content has memory 64 MB; Lambda allows 128 to 10240 MB");
        assertThatThrownBy(() -> spec("content", 512, Duration.ofMinutes(16)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Function content has timeout PT16M; Lambda allows 1 second to 15 minutes");
    }

    @Test
    void aFunctionNeedsAHandlerAndCode() {
        assertThatThrownBy(() -> new FunctionSpec("content", " ", CODE, 512, Duration.ofSeconds(3), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Function content has no handler: expected Class::method or Class");
        assertThatThrownBy(() -> new FunctionSpec("content", "a.B", List.of(), 512, Duration.ofSeconds(3), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Function content has no code: its classpath is empty");
    }

    private static FunctionSpec spec(String name, int memoryMb, Duration timeout) {
        return new FunctionSpec(name, "media.polyglot.content.SubmitHandler::handleRequest", CODE, memoryMb, timeout,
                Map.of());
    }
}
