package media.polyglot.local.engine.lambda;

import static media.polyglot.local.engine.lambda.TestFunctions.ACCOUNT;
import static media.polyglot.local.engine.lambda.TestFunctions.REGION;
import static media.polyglot.local.engine.lambda.TestFunctions.function;
import static media.polyglot.local.engine.lambda.TestFunctions.json;
import static media.polyglot.local.engine.lambda.TestFunctions.pid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import media.polyglot.local.engine.lambda.fixtures.EchoHandler;
import media.polyglot.local.engine.lambda.fixtures.SleepingHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LambdaHostConcurrencyTest {

    private final ExecutorService callers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void twoConcurrentInvocationsRunInTwoInstances() throws Exception {
        try (LambdaHost host = new LambdaHost(REGION, ACCOUNT)) {
            host.register(function("worker", SleepingHandler.class));

            List<InvocationResult> results = invokeTwiceAtOnce(host, "worker", Map.of("millis", 1_000));

            assertThat(results).extracting(InvocationResult::coldStart).containsExactly(true, true);
            assertThat(results).extracting(TestFunctions::pid).doesNotHaveDuplicates();
        }
    }

    @Test
    void invocationsBeyondTheConcurrencyLimitWaitForAFreeInstance() throws Exception {
        try (LambdaHost host = new LambdaHost(REGION, ACCOUNT, 1)) {
            host.register(function("worker", SleepingHandler.class));

            List<InvocationResult> results = invokeTwiceAtOnce(host, "worker", Map.of("millis", 500));

            assertThat(results).extracting(TestFunctions::pid).containsOnly(pid(results.get(0)));
            assertThat(results).extracting(InvocationResult::coldStart).containsExactlyInAnyOrder(true, false);
        }
    }

    @Test
    void anInvocationWaitsForAWarmInstanceRatherThanStartBeyondTheHostsStartSlots() throws Exception {
        HostSettings oneStartAtATime = new HostSettings(REGION, ACCOUNT, 4, HostSettings.LAMBDA_INIT_TIME_LIMIT,
                HostSettings.DEFAULT_SHUTDOWN_GRACE, 1);
        try (LambdaHost host = new LambdaHost(oneStartAtATime)) {
            host.register(function("worker", SleepingHandler.class));

            List<InvocationResult> results = invokeTwiceAtOnce(host, "worker", Map.of("millis", 500));

            assertThat(results).extracting(TestFunctions::pid).containsOnly(pid(results.get(0)));
            assertThat(results).extracting(InvocationResult::coldStart).containsExactlyInAnyOrder(true, false);

            // Once its first invocation is over the instance holds no slot: a second one may start beside it.
            List<InvocationResult> warm = invokeTwiceAtOnce(host, "worker", Map.of("millis", 500));
            assertThat(warm).extracting(TestFunctions::pid).doesNotHaveDuplicates();
        }
    }

    @Test
    void closeLeavesNoFunctionProcessBehind() throws Exception {
        LambdaHost host = new LambdaHost(REGION, ACCOUNT);
        host.register(function("worker", SleepingHandler.class));
        host.register(function("echo", EchoHandler.class));
        List<Long> pids = invokeTwiceAtOnce(host, "worker", Map.of("millis", 500)).stream()
                .map(TestFunctions::pid).toList();
        host.invoke("echo", json(Map.of()));
        assertThat(TestFunctions.functionProcesses()).hasSize(3);

        host.close();

        assertThat(pids).noneMatch(TestFunctions::alive);
        assertThat(TestFunctions.functionProcesses()).isEmpty();
    }

    @Test
    void closeIsIdempotentAndAClosedHostRefusesWork() {
        LambdaHost host = new LambdaHost(REGION, ACCOUNT);
        host.register(function("echo", EchoHandler.class));

        host.close();
        host.close();

        assertThatThrownBy(() -> host.invoke("echo", json(Map.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot invoke function echo: the Lambda host is closed");
    }

    private List<InvocationResult> invokeTwiceAtOnce(LambdaHost host, String name, Map<String, ?> event)
            throws InterruptedException, ExecutionException {
        Callable<InvocationResult> call = () -> host.invoke(name, json(event));
        List<Future<InvocationResult>> futures = callers.invokeAll(List.of(call, call));
        return List.of(futures.get(0).get(), futures.get(1).get());
    }
}
