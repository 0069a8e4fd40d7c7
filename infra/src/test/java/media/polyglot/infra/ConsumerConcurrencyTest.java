package media.polyglot.infra;

import static media.polyglot.infra.StackTemplate.APPEND;
import static media.polyglot.infra.StackTemplate.LOCALIZE;
import static media.polyglot.infra.StackTemplate.MAPPING;
import static media.polyglot.infra.StackTemplate.MODERATE;
import static media.polyglot.infra.StackTemplate.NOTIFY;
import static media.polyglot.infra.StackTemplate.PROJECT;
import static media.polyglot.infra.StackTemplate.PUBLISH;
import static media.polyglot.infra.StackTemplate.SANDBOX;
import static media.polyglot.infra.StackTemplate.SEQUENCE;
import static media.polyglot.infra.StackTemplate.SUBMIT;
import static media.polyglot.infra.StackTemplate.arn;
import static media.polyglot.infra.StackTemplate.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Template;

/** The storm guard: each consumer's reserved concurrency and its queue's maximum concurrency, from the CDK context. */
class ConsumerConcurrencyTest {

    /** Every function fed by a queue, with its context. */
    private static final Map<String, String> CONSUMERS = Map.of(MODERATE, "moderation", LOCALIZE, "localization",
            SANDBOX, "sandbox-vendor", SEQUENCE, "publishing", PUBLISH, "publishing", NOTIFY, "notifications",
            PROJECT, "catalog", APPEND, "audit");

    @Test
    void withoutConfigurationEveryConsumerReservesTheDefault() {
        StackTemplate stack = synthesize(null);

        CONSUMERS.keySet().forEach(handler -> assertConcurrency(stack, handler, ConsumerConcurrency.DEFAULT));
        // Functions behind a Function URL or a stream are not capped here.
        assertThat(stack.properties(stack.functionId(SUBMIT))).doesNotContainKey("ReservedConcurrentExecutions");
    }

    @Test
    void aNumberCapsEveryConsumer() {
        StackTemplate stack = synthesize("12");

        CONSUMERS.keySet().forEach(handler -> assertConcurrency(stack, handler, 12));
    }

    @Test
    void anObjectCapsEachNamedContextsConsumersAndTheDefaultTheOthers() {
        App app = new App();
        // As cdk.json's context gives it: an object, not a string.
        app.getNode().setContext(ConsumerConcurrency.CONTEXT, Map.of("default", 8, "audit", 3, "publishing", 20));
        StackTemplate stack = new StackTemplate(Template.fromStack(
                PolyglotApp.define(app, new Stage("dev"), ProjectRoot.ofWorkingDirectory())));

        CONSUMERS.forEach((handler, context) -> assertConcurrency(stack, handler, switch (context) {
            case "audit" -> 3;
            case "publishing" -> 20;
            default -> 8;
        }));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1|\"default\" is 1; a consumer's concurrency must be 2 to 1000",
            "1001|\"default\" is 1001; a consumer's concurrency must be 2 to 1000",
            "2.5|\"default\" must be a whole number from 2 to 1000, was 2.5",
            "many|is neither a number nor a JSON object: many",
            "{\"audit\": 0}|\"audit\" is 0; a consumer's concurrency must be 2 to 1000",
            "{\"audit\": \"ten\"}|\"audit\" must be a whole number from 2 to 1000, was \"ten\"",
            "{\"moderatoin\": 4}|names \"moderatoin\", which is not a context of this stack"})
    void aBadValueFailsSynthNamingTheEntryAndTheRule(String value, String message) {
        assertThatThrownBy(() -> synthesize(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Context value consumerConcurrency")
                .hasMessageContaining(message);
    }

    private static void assertConcurrency(StackTemplate stack, String handler, int concurrency) {
        String function = stack.functionId(handler);
        assertThat(stack.properties(function)).as(handler).containsEntry("ReservedConcurrentExecutions", concurrency);
        stack.template().hasResourceProperties(MAPPING, Map.of(
                "EventSourceArn", arn(stack.sourceQueueOf(handler)),
                "FunctionName", ref(function),
                "ScalingConfig", Map.of("MaximumConcurrency", concurrency)));
    }

    private static StackTemplate synthesize(String value) {
        App app = new App();
        if (value != null) {
            app.getNode().setContext(ConsumerConcurrency.CONTEXT, value);
        }
        return new StackTemplate(Template.fromStack(PolyglotApp.define(app, new Stage("dev"), ProjectRoot.ofWorkingDirectory())));
    }
}
