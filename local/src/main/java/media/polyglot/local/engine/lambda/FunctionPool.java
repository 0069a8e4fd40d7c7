package media.polyglot.local.engine.lambda;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The instances of one function. An invocation takes the most recently used idle instance (the warmest), or starts
 * a new one when all are busy, the function is below its concurrency limit and the host has a start slot free, or
 * else waits for one to be free. Instances start lazily, on the invocation that needs them; an instance holds its
 * start slot until its first invocation ends, which is when its init is known to be over.
 */
final class FunctionPool {

    private static final long SLOT_POLL_MILLIS = 50;

    private final String functionName;
    private final Supplier<FunctionInstance> starter;
    private final int maxInstances;
    private final Semaphore startSlots;
    private final Set<FunctionInstance> starting = new HashSet<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition released = lock.newCondition();
    private final Deque<FunctionInstance> idle = new ArrayDeque<>();
    private final List<FunctionInstance> instances = new ArrayList<>();
    private boolean closed;

    FunctionPool(String functionName, Supplier<FunctionInstance> starter, int maxInstances, Semaphore startSlots) {
        this.functionName = functionName;
        this.starter = starter;
        this.maxInstances = maxInstances;
        this.startSlots = startSlots;
    }

    InvocationResult invoke(byte[] payload) throws InterruptedException {
        FunctionInstance instance = acquire();
        try {
            return instance.invoke(payload);
        } finally {
            release(instance);
        }
    }

    /** Stops every instance; completes when all their processes are gone. */
    CompletableFuture<Void> close() {
        List<FunctionInstance> stopping;
        lock.lock();
        try {
            closed = true;
            stopping = List.copyOf(instances);
            instances.clear();
            idle.clear();
            released.signalAll();
        } finally {
            lock.unlock();
        }
        return CompletableFuture.allOf(stopping.stream().map(FunctionInstance::shutdown)
                .toArray(CompletableFuture[]::new));
    }

    private FunctionInstance acquire() throws InterruptedException {
        List<FunctionInstance> dead = new ArrayList<>();
        lock.lockInterruptibly();
        try {
            while (true) {
                if (closed) {
                    throw new IllegalStateException("Function " + functionName
                            + " cannot be invoked: the Lambda host is closed");
                }
                FunctionInstance warmest = idle.pollLast();
                if (warmest != null && warmest.usable()) {
                    return warmest;
                }
                if (warmest != null) {
                    instances.remove(warmest);
                    dead.add(warmest);
                } else if (instances.size() < maxInstances && startSlots.tryAcquire()) {
                    FunctionInstance fresh;
                    try {
                        fresh = starter.get();
                    } catch (RuntimeException e) {
                        startSlots.release();
                        throw e;
                    }
                    instances.add(fresh);
                    starting.add(fresh);
                    return fresh;
                } else {
                    // Bounded: a start slot another function's pool frees does not signal this one.
                    released.await(SLOT_POLL_MILLIS, TimeUnit.MILLISECONDS);
                }
            }
        } finally {
            lock.unlock();
            dead.forEach(FunctionInstance::shutdown);
        }
    }

    private void release(FunctionInstance instance) {
        boolean retired = false;
        lock.lock();
        try {
            if (starting.remove(instance)) {
                startSlots.release();
            }
            if (closed) {
                return;
            }
            if (instance.usable()) {
                idle.addLast(instance);
            } else {
                instances.remove(instance);
                retired = true;
            }
            released.signal();
        } finally {
            lock.unlock();
        }
        if (retired) {
            instance.shutdown();
        }
    }
}
