package media.polyglot.local.engine.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FunctionErrorTest {

    @Test
    void aReportedErrorKeepsTheTypeAndMessageOfItsBody() {
        byte[] body = "{\"errorMessage\":\"boom\",\"errorType\":\"java.lang.IllegalStateException\"}"
                .getBytes(StandardCharsets.UTF_8);

        FunctionError error = FunctionError.reported(body, "Runtime.UserException");

        assertThat(error.errorType()).isEqualTo("java.lang.IllegalStateException");
        assertThat(error.errorMessage()).isEqualTo("boom");
        assertThat(error.body()).isEqualTo(body);
    }

    @Test
    void anUnreadableBodyTakesItsTypeFromTheErrorTypeHeader() {
        FunctionError error = FunctionError.reported("Segmentation fault".getBytes(StandardCharsets.UTF_8),
                "Runtime.UserException");

        assertThat(error.errorType()).isEqualTo("Runtime.UserException");
        assertThat(error.errorMessage()).isEmpty();
    }

    @Test
    void withNeitherBodyNorHeaderTheTypeIsUnknown() {
        FunctionError error = FunctionError.reported(new byte[0], null);

        assertThat(error.errorType()).isEqualTo("Runtime.Unknown");
    }

    @Test
    void aRaisedErrorRendersLambdasErrorDocument() {
        FunctionError error = FunctionError.raised("Sandbox.Timedout", "Task timed out after 3.00 seconds");

        assertThat(new String(error.body(), StandardCharsets.UTF_8))
                .isEqualTo("{\"errorMessage\":\"Task timed out after 3.00 seconds\",\"errorType\":\"Sandbox.Timedout\"}");
    }
}
