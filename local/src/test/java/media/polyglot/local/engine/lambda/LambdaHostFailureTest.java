package media.polyglot.local.engine.lambda;

import static media.polyglot.local.engine.lambda.TestFunctions.ACCOUNT;
import static media.polyglot.local.engine.lambda.TestFunctions.REGION;
import static media.polyglot.local.engine.lambda.TestFunctions.alive;
import static media.polyglot.local.engine.lambda.TestFunctions.function;
import static media.polyglot.local.engine.lambda.TestFunctions.json;
import static media.polyglot.local.engine.lambda.TestFunctions.parse;
import static media.polyglot.local.engine.lambda.TestFunctions.pid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import media.polyglot.local.engine.lambda.fixtures.BrokenInitHandler;
import media.polyglot.local.engine.lambda.fixtures.ExitingHandler;
import media.polyglot.local.engine.lambda.fixtures.FailingHandler;
import media.polyglot.local.engine.lambda.fixtures.HangingInitHandler;
import media.polyglot.local.engine.lambda.fixtures.SleepingHandler;
import media.polyglot.local.engine.lambda.fixtures.SlowInitHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LambdaHostFailureTest {

    private final LambdaHost host = new LambdaHost(new HostSettings(REGION, ACCOUNT, 4, Duration.ofSeconds(3),
            HostSettings.DEFAULT_SHUTDOWN_GRACE, HostSettings.machineStarts()));

    @AfterEach
    void closeHost() {
        host.close();
    }

    @Test
    void anExceptionFromTheHandlerIsAFunctionErrorWithItsTypeAndMessage() throws InterruptedException {
        host.register(function("orders", FailingHandler.class));

        InvocationResult result = host.invoke("orders", json(Map.of("orderId", 42)));

        assertThat(result.payload()).isNull();
        assertThat(result.error().errorType()).isEqualTo("java.lang.IllegalArgumentException");
        assertThat(result.error().errorMessage()).isEqualTo("order 42 has no lines");
        Map<String, Object> body = parse(result.error().body());
        assertThat(body).containsOnlyKeys("errorMessage", "errorType", "stackTrace");
        assertThat((List<?>) body.get("stackTrace")).first().asString().startsWith(FailingHandler.class.getName());
    }

    @Test
    void aMissingHandlerClassIsAFunctionErrorOnEveryInvocation() throws InterruptedException {
        host.register(new FunctionSpec("ghost", "media.polyglot.NoSuchHandler::handleRequest",
                List.of(TestFunctions.TEST_CLASSES), 256, Duration.ofSeconds(5), Map.of()));

        InvocationResult first = host.invoke("ghost", json(Map.of()));
        InvocationResult second = host.invoke("ghost", json(Map.of()));

        for (InvocationResult result : List.of(first, second)) {
            assertThat(result.error().errorType()).isEqualTo("java.lang.ClassNotFoundException");
            assertThat(result.error().errorMessage()).isEqualTo("Class not found: media.polyglot.NoSuchHandler");
        }
    }

    @Test
    void anInitErrorAnswersTheInvocationAndTheNextOneStartsAFreshInstance() throws InterruptedException {
        host.register(function("broken", BrokenInitHandler.class));

        InvocationResult first = host.invoke("broken", json(Map.of()));
        InvocationResult second = host.invoke("broken", json(Map.of()));

        for (InvocationResult result : List.of(first, second)) {
            assertThat(result.coldStart()).isTrue();
            assertThat(result.error().errorType()).isEqualTo("java.lang.IllegalStateException");
            assertThat(result.error().errorMessage()).isEqualTo("TABLE_NAME is not set");
        }
    }

    @Test
    void aProcessThatExitsFailsTheInvocationWithItsExitCodeAndTheNextInvocationColdStarts()
            throws InterruptedException {
        host.register(function("quitter", ExitingHandler.class));
        long firstPid = pid(host.invoke("quitter", json(Map.of())));

        InvocationResult crash = host.invoke("quitter", json(Map.of("exitCode", 3)));
        InvocationResult next = host.invoke("quitter", json(Map.of()));

        assertThat(crash.error().errorType()).isEqualTo("Runtime.ExitError");
        assertThat(crash.error().errorMessage())
                .isEqualTo("RequestId: " + crash.requestId() + " Error: Runtime exited with error: exit status 3");
        assertThat(next.coldStart()).isTrue();
        assertThat(pid(next)).isNotEqualTo(firstPid);
    }

    @Test
    void anInvocationOverTheTimeoutIsKilledAndTheNextInvocationColdStarts() throws InterruptedException {
        host.register(function("slow", SleepingHandler.class, Duration.ofSeconds(1)));
        long firstPid = pid(host.invoke("slow", json(Map.of("millis", 0))));

        InvocationResult timedOut = host.invoke("slow", json(Map.of("millis", 60_000)));

        assertThat(timedOut.error().errorType()).isEqualTo("Sandbox.Timedout");
        assertThat(timedOut.error().errorMessage())
                .isEqualTo("RequestId: " + timedOut.requestId() + " Error: Task timed out after 1.00 seconds");
        assertThat(timedOut.duration()).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(5));
        await().atMost(Duration.ofSeconds(5)).until(() -> !alive(firstPid));
        InvocationResult next = host.invoke("slow", json(Map.of("millis", 0)));
        assertThat(next.coldStart()).isTrue();
        assertThat(pid(next)).isNotEqualTo(firstPid);
    }

    @Test
    void anInitOverTheLimitGoesOnWithinTheFunctionsTimeoutAndItsClockStartsAtTheLimit() throws InterruptedException {
        // The host's init limit is 3 s; this init takes 5 s, so 2 s of the 10 s timeout are gone when it is invoked.
        FunctionSpec slow = function("slow-init", SlowInitHandler.class, Duration.ofSeconds(10));
        host.register(new FunctionSpec(slow.name(), slow.handler(), slow.classpath(), slow.memoryMb(), slow.timeout(),
                Map.of("INIT_MILLIS", "5000")));

        InvocationResult result = host.invoke("slow-init", json(Map.of()));

        assertThat(result.failed()).as("Lambda retries an init over its limit within the function's timeout").isFalse();
        assertThat(result.coldStart()).isTrue();
        assertThat(((Number) parse(result.payload()).get("remainingTimeInMillis")).longValue()).isBetween(1_000L, 8_100L);
    }

    @Test
    void anInstanceThatNeverFinishesInitIsKilledOnceTheFunctionsTimeoutPassesAfterTheInitLimit()
            throws InterruptedException {
        host.register(function("stuck", HangingInitHandler.class, Duration.ofSeconds(2)));

        InvocationResult result = host.invoke("stuck", json(Map.of()));

        assertThat(result.error().errorType()).isEqualTo("Sandbox.Timedout");
        assertThat(result.error().errorMessage())
                .isEqualTo("RequestId: " + result.requestId() + " Error: Task timed out after 2.00 seconds");
        assertThat(result.duration()).as("the 3 s init limit, then the 2 s timeout")
                .isBetween(Duration.ofSeconds(5), Duration.ofSeconds(9));
        await().atMost(Duration.ofSeconds(5)).until(() -> TestFunctions.functionProcesses().isEmpty());
    }
}
