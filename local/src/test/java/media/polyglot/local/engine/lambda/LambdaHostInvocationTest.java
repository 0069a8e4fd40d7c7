package media.polyglot.local.engine.lambda;

import static media.polyglot.local.engine.lambda.TestFunctions.ACCOUNT;
import static media.polyglot.local.engine.lambda.TestFunctions.REGION;
import static media.polyglot.local.engine.lambda.TestFunctions.function;
import static media.polyglot.local.engine.lambda.TestFunctions.json;
import static media.polyglot.local.engine.lambda.TestFunctions.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.lambda.fixtures.ContextHandler;
import media.polyglot.local.engine.lambda.fixtures.EchoHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LambdaHostInvocationTest {

    private final LambdaHost host = new LambdaHost(REGION, ACCOUNT);

    @AfterEach
    void closeHost() {
        host.close();
    }

    @Test
    void firstInvocationColdStartsAndLaterOnesRunWarm() throws InterruptedException {
        host.register(function("echo", EchoHandler.class));
        Map<String, Object> event = Map.of("contentId", "c-1", "languages", List.of("de", "fr"));

        InvocationResult cold = host.invoke("echo", json(event));
        InvocationResult warm = host.invoke("echo", json(event));

        assertThat(cold.failed()).isFalse();
        assertThat(parse(cold.payload())).isEqualTo(event);
        assertThat(cold.coldStart()).isTrue();
        assertThat(parse(warm.payload())).isEqualTo(event);
        assertThat(warm.coldStart()).isFalse();
        assertThat(warm.requestId()).isNotEqualTo(cold.requestId());
        System.out.printf("EchoHandler cold start, spawn to first response: %d ms; warm invocation: %d ms%n",
                cold.duration().toMillis(), warm.duration().toMillis());
    }

    @Test
    void functionSeesTheEnvironmentOfTheJava21Runtime() throws InterruptedException {
        host.register(function("describe", ContextHandler.class));
        List<String> variables = List.of("AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
                "AWS_LAMBDA_FUNCTION_VERSION", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_EXECUTION_ENV", "TZ", "_HANDLER",
                "AWS_REGION", "TABLE_NAME", "HOME");

        InvocationResult result = host.invoke("describe", json(Map.of("variables", variables)));

        Map<String, Object> seen = parse(result.payload());
        assertThat(seen).containsEntry("functionName", "describe")
                .containsEntry("functionVersion", "$LATEST")
                .containsEntry("invokedFunctionArn", "arn:aws:lambda:us-east-1:000000000000:function:describe")
                .containsEntry("memoryLimitInMB", 256)
                .containsEntry("logGroupName", "/aws/lambda/describe")
                .containsEntry("awsRequestId", result.requestId());
        assertThat((Integer) seen.get("remainingTimeInMillis")).isBetween(20_000, 30_000);
        assertThat(((Number) seen.get("maxHeapMb")).intValue()).isBetween(200, 217);
        // HOME is unset, as on Lambda: nothing of the host's environment leaks in, and null values are not serialized.
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("AWS_LAMBDA_FUNCTION_NAME", "describe");
        expected.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "256");
        expected.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        expected.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/describe");
        expected.put("AWS_EXECUTION_ENV", "AWS_Lambda_java21");
        expected.put("TZ", ":UTC");
        expected.put("_HANDLER", ContextHandler.class.getName() + "::handleRequest");
        expected.put("AWS_REGION", "us-east-1");
        expected.put("TABLE_NAME", "content");
        assertThat(seen.get("variables")).isEqualTo(expected);
    }

    @Test
    void invokingAnUnregisteredFunctionNamesItAndTheRegisteredOnes() {
        host.register(function("echo", EchoHandler.class));

        assertThatThrownBy(() -> host.invoke("missing", json(Map.of())))
                .isInstanceOf(UnknownFunctionException.class)
                .hasMessage("Function not found: missing is not registered with the Lambda host (registered: [echo])");
    }

    @Test
    void aFunctionNameIsRegisteredOnce() {
        host.register(function("echo", EchoHandler.class));

        assertThatThrownBy(() -> host.register(function("echo", ContextHandler.class)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Function echo is already registered with the Lambda host");
    }
}
