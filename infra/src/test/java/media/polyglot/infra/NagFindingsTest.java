package media.polyglot.infra;

import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.cxapi.SynthesisMessage;

/** cdk-nag's AWS Solutions rules find nothing the code has not suppressed with a reason, in every shape of the stack. */
class NagFindingsTest {

    @ParameterizedTest(name = "stage {0}, sandbox vendor {1}")
    @CsvSource({"dev, true", "prod, false"})
    void everyAwsSolutionsFindingIsFixedOrSuppressedWithAReason(String stage, String sandboxVendor) {
        App app = new App();
        app.getNode().setContext(PolyglotApp.SANDBOX_VENDOR, sandboxVendor);
        PolyglotStack stack = PolyglotApp.define(app, new Stage(stage), ProjectRoot.ofWorkingDirectory());

        List<String> errors = describe(Annotations.fromStack(stack).findError("*", Match.stringLikeRegexp("AwsSolutions-.*")));
        List<String> warnings = describe(Annotations.fromStack(stack).findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*")));

        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(errors).as("unsuppressed AwsSolutions errors").isEmpty();
            softly.assertThat(warnings).as("unsuppressed AwsSolutions warnings").isEmpty();
        });
    }

    private static List<String> describe(List<SynthesisMessage> messages) {
        return messages.stream()
                .map(message -> message.getId() + ": " + ruleOf(String.valueOf(message.getEntry().getData())))
                .sorted().toList();
    }

    // "AwsSolutions-SQS3: The SQS queue is not ... (explanation)": the rule and its one-line summary.
    private static String ruleOf(String message) {
        int end = message.indexOf(". ");
        return end < 0 ? message.strip() : message.substring(0, end + 1);
    }
}
