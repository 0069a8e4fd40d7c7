package media.polyglot.local.engine.lambda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Lambda functions on this machine, each instance in its own JVM speaking the real Lambda Runtime API to a
 * server of the host's, through AWS's Runtime Interface Client: the same code path as the java21 managed runtime.
 * Functions start on their first invocation (a cold start) and stay warm; a busy function gets more instances, up to
 * its concurrency limit.
 *
 * <p>{@link #close()} stops every process. The host also closes itself from a JVM shutdown hook, so no function
 * process outlives the JVM that started it; closing twice is harmless.
 */
public final class LambdaHost implements AutoCloseable {

    public static final int DEFAULT_MAX_INSTANCES_PER_FUNCTION = 4;

    private static final Logger LOG = LoggerFactory.getLogger(LambdaHost.class);

    private final HostSettings settings;
    private final Path workDirectory;
    private final FunctionLauncher launcher;
    private final ConcurrentMap<String, FunctionPool> pools = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, FunctionSpec> specs = new ConcurrentSkipListMap<>();
    private final List<InvocationObserver> observers = new CopyOnWriteArrayList<>();
    private final RecentLogs recentLogs = new RecentLogs();
    private final Thread shutdownHook = new Thread(this::close, "lambda-host-shutdown");
    private volatile boolean closed;
    /** Shared by every function's pool: how many more instances may start now (HostSettings.concurrentStarts). */
    private final Semaphore startSlots;

    /** A host whose functions live in {@code region} and {@code accountId}, at most four instances per function. */
    public LambdaHost(String region, String accountId) {
        this(region, accountId, DEFAULT_MAX_INSTANCES_PER_FUNCTION);
    }

    public LambdaHost(String region, String accountId, int maxInstancesPerFunction) {
        this(HostSettings.of(region, accountId, maxInstancesPerFunction));
    }

    LambdaHost(HostSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.startSlots = new Semaphore(settings.concurrentStarts());
        try {
            this.workDirectory = Files.createTempDirectory("polyglot-lambda-");
            Path taskRoot = Files.createDirectory(workDirectory.resolve("task"));
            this.launcher = new FunctionLauncher(RuntimeInterfaceClient.install(workDirectory), taskRoot,
                    ClassDataArchives.inUserCache());
        } catch (IOException e) {
            throw new UncheckedIOException("The Lambda host cannot create its working directory: " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Makes a function invocable; it starts on its first invocation. A name can be registered once. */
    public void register(FunctionSpec spec) {
        register(spec, settings.maxInstancesPerFunction());
    }

    /**
     * As {@link #register(FunctionSpec)}, with the function's own concurrency limit (its reserved
     * concurrency): at most that many instances run at once.
     */
    public void register(FunctionSpec spec, int maxInstances) {
        Objects.requireNonNull(spec, "spec");
        requireOpen("register function " + spec.name());
        if (maxInstances < 1) {
            throw new IllegalArgumentException("Function " + spec.name() + " has concurrency " + maxInstances
                    + "; a function that may never run cannot be served");
        }
        FunctionPool pool = new FunctionPool(spec.name(), () -> FunctionInstance.start(spec, settings, launcher, recentLogs),
                maxInstances, startSlots);
        if (pools.putIfAbsent(spec.name(), pool) != null) {
            throw new IllegalArgumentException("Function " + spec.name() + " is already registered with the Lambda host");
        }
        specs.put(spec.name(), spec);
    }

    /** The last lines the function's instances wrote, oldest first. */
    public List<String> recentLogs(String functionName) {
        return recentLogs.of(functionName);
    }

    /** Every registered function, by name. */
    public List<FunctionSpec> functions() {
        return List.copyOf(specs.values());
    }

    /** The ARN Lambda gives a function of this host's region and account. */
    public String arnOf(String functionName) {
        return "arn:aws:lambda:" + settings.region() + ":" + settings.accountId() + ":function:" + functionName;
    }

    /**
     * Invokes a function synchronously (RequestResponse) and blocks until it answers, fails or times out. A function
     * error is a result, not an exception.
     *
     * @throws UnknownFunctionException when no function of that name is registered
     * @throws InterruptedException     when the calling thread is interrupted; the instance running the invocation
     *                                  is stopped, since its work can no longer be answered
     */
    public InvocationResult invoke(String functionName, byte[] payload) throws InterruptedException {
        Objects.requireNonNull(payload, "payload");
        requireOpen("invoke function " + functionName);
        FunctionPool pool = pools.get(functionName);
        if (pool == null) {
            throw new UnknownFunctionException(functionName, pools.keySet());
        }
        InvocationResult result = pool.invoke(payload);
        observers.forEach(observer -> observer.invoked(functionName, payload, result));
        return result;
    }

    /** Tells {@code observer} of every invocation once it has ended, on the invoking thread. */
    public void observeInvocations(InvocationObserver observer) {
        observers.add(observer);
    }

    /**
     * Stops every function process (SIGTERM, then SIGKILL after a short grace) and waits until all are gone. A second
     * caller (the shutdown hook, say) waits for the first to finish.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<CompletableFuture<Void>> stopping = pools.values().stream().map(FunctionPool::close).toList();
        CompletableFuture.allOf(stopping.toArray(CompletableFuture[]::new)).join();
        deleteWorkDirectory();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shutdownInProgress) {
            // The JVM is running its shutdown hooks, this host's among them; that hook finds the host closed.
            LOG.debug("Lambda host closed during JVM shutdown");
        }
    }

    private void requireOpen(String action) {
        if (closed) {
            throw new IllegalStateException("Cannot " + action + ": the Lambda host is closed");
        }
    }

    private void deleteWorkDirectory() {
        try (Stream<Path> files = Files.walk(workDirectory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            LOG.warn("The Lambda host could not delete its working directory {}: {}", workDirectory, e.toString());
        }
    }
}
