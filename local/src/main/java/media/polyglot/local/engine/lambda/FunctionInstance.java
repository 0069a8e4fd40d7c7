package media.polyglot.local.engine.lambda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One execution environment of a function: a JVM running the Runtime Interface Client, and the Runtime API server
 * it polls. It runs one invocation at a time and enforces the function's timeout by killing the process, as Lambda
 * does. Once its process is gone (killed, crashed, init failed) it is retired and never used again.
 */
final class FunctionInstance {

    private static final Logger LOG = LoggerFactory.getLogger(FunctionInstance.class);

    private final FunctionSpec spec;
    private final HostSettings settings;
    private final InvocationMailbox mailbox;
    private final RuntimeApiServer api;
    private final Process process;
    private volatile boolean retired;
    private volatile boolean warm;
    /** The invocation running now, whose request id prefixes the function's log lines, as on Lambda. */
    private volatile String currentRequestId = "INIT";

    private FunctionInstance(FunctionSpec spec, HostSettings settings, InvocationMailbox mailbox,
                             RuntimeApiServer api, Process process) {
        this.spec = spec;
        this.settings = settings;
        this.mailbox = mailbox;
        this.api = api;
        this.process = process;
    }

    /** Starts the Runtime API server and spawns the function's JVM; the handler initialises in the background. */
    static FunctionInstance start(FunctionSpec spec, HostSettings settings, FunctionLauncher launcher,
                                  RecentLogs recentLogs) {
        InvocationMailbox mailbox = new InvocationMailbox();
        RuntimeApiServer api = null;
        try {
            api = RuntimeApiServer.start(spec.name(), spec.arn(settings.region(), settings.accountId()), mailbox);
            Process process = launcher.launch(spec, api.address());
            FunctionInstance instance = new FunctionInstance(spec, settings, mailbox, api, process);
            FunctionLog.follow(spec.name(), process, () -> instance.currentRequestId, recentLogs);
            process.onExit().thenAccept(exited -> instance.exited(exited.exitValue()));
            LOG.info("Function {}: started instance pid {} on Runtime API {}", spec.name(), process.pid(), api.address());
            return instance;
        } catch (IOException e) {
            if (api != null) {
                api.close();
            }
            throw new UncheckedIOException("Cannot start an instance of function " + spec.name() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Runs one invocation and waits for its answer; the caller must not share the instance meanwhile. */
    InvocationResult invoke(byte[] payload) throws InterruptedException {
        boolean coldStart = !warm;
        warm = true;
        long started = System.nanoTime();
        Invocation invocation = new Invocation(payload, spec.timeout());
        currentRequestId = invocation.requestId();
        Logger log = FunctionLog.logger(spec.name());
        log.info("START RequestId: {} Version: $LATEST", invocation.requestId());
        mailbox.post(invocation);
        Outcome outcome;
        try {
            outcome = await(invocation);
        } catch (InterruptedException abandoned) {
            // The invocation may still be running: this instance cannot be handed to anyone else.
            kill("the invoking thread was interrupted");
            throw abandoned;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info("END RequestId: {}", invocation.requestId());
        log.info("REPORT RequestId: {}\tDuration: {} ms\tMemory Size: {} MB{}", invocation.requestId(),
                took.toMillis(), spec.memoryMb(), coldStart ? "\tCold start" : "");
        return InvocationResult.of(invocation.requestId(), outcome, coldStart, took);
    }

    /** False once the process is gone or condemned, or its init failed. */
    boolean usable() {
        return !retired && !mailbox.isClosed() && process.isAlive();
    }

    /**
     * Stops the instance: pending invocations fail, the process gets SIGTERM and, after the grace period, SIGKILL,
     * then the server stops. Completes when the process (and any it started) is gone.
     */
    CompletableFuture<Void> shutdown() {
        retired = true;
        mailbox.close(invocation -> SandboxErrors.stopped(invocation.requestId()));
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        CompletableFuture<Process> exit = process.onExit();
        return exit.copy()
                .completeOnTimeout(null, settings.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)
                .thenCompose(graceOver -> {
                    if (process.isAlive()) {
                        LOG.warn("Function {}: instance pid {} ignored SIGTERM for {}; killing it",
                                spec.name(), process.pid(), settings.shutdownGrace());
                        children.forEach(ProcessHandle::destroyForcibly);
                        process.destroyForcibly();
                    }
                    return exit;
                })
                .thenAccept(gone -> api.close());
    }

    private Outcome await(Invocation invocation) throws InterruptedException {
        CompletableFuture<Outcome> outcome = invocation.outcome();
        Duration initTimeLimit = settings.initTimeLimit();
        CompletableFuture<Object> initOver = CompletableFuture.anyOf(invocation.deadline(), outcome);
        if (!waitFor(initOver, initTimeLimit)) {
            // Lambda retries an init that overran its limit at the first invocation, within the function's timeout.
            // The init under way here is let go on instead: the outcome is the same, without a second start's cost.
            invocation.startClockAt(Instant.now());
            LOG.warn("Function {}: instance pid {} did not finish its init within {} ms; as Lambda retries it within"
                    + " the function's timeout, it has {} ms more for init and invocation", spec.name(), process.pid(),
                    initTimeLimit.toMillis(), spec.timeout().toMillis());
            if (!waitFor(initOver, spec.timeout())) {
                invocation.finish(SandboxErrors.timedOut(invocation.requestId(), spec.timeout()));
                kill("its init did not end within the init time limit and the function's timeout after it");
                return outcome.join();
            }
        }
        if (!outcome.isDone()) {
            Duration remaining = Duration.between(Instant.now(), invocation.deadline().join());
            if (!waitFor(outcome, remaining)) {
                invocation.finish(SandboxErrors.timedOut(invocation.requestId(), spec.timeout()));
                kill("invocation " + invocation.requestId() + " exceeded the timeout of " + spec.timeout().toMillis()
                        + " ms");
            }
        }
        return outcome.join();
    }

    private boolean waitFor(CompletableFuture<?> future, Duration limit) throws InterruptedException {
        try {
            future.get(Math.max(0, limit.toMillis()), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException expired) {
            return false;
        } catch (ExecutionException impossible) {
            throw new IllegalStateException("Function " + spec.name() + ": an invocation future failed", impossible);
        }
    }

    private void kill(String reason) {
        retired = true;
        LOG.warn("Function {}: killing instance pid {}: {}", spec.name(), process.pid(), reason);
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private void exited(int exitCode) {
        retired = true;
        LOG.info("Function {}: instance pid {} exited with code {}", spec.name(), process.pid(), exitCode);
        mailbox.close(invocation -> SandboxErrors.exited(invocation.requestId(), exitCode));
        api.close();
    }
}
