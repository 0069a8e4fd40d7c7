package media.polyglot.local.engine.lambda;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The state one instance's Runtime API serves, with no HTTP in it: invocations queued for the runtime, the one it
 * is working on, and whether the instance is finished. Once closed (the process exited, its init failed, the host
 * stops), every invocation still waiting and every one posted later ends with the closing reason, so no caller
 * waits on an instance that will never answer.
 */
final class InvocationMailbox {

    /** What a runtime may do to an invocation it names by request id. */
    enum Answer { ACCEPTED, UNKNOWN_REQUEST_ID }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition queued = lock.newCondition();
    private final Deque<Invocation> waiting = new ArrayDeque<>();
    private final Map<String, Invocation> inFlight = new HashMap<>();
    private Function<Invocation, Outcome> closedWith;
    private boolean initialized;

    /** Queues an invocation for the runtime, or ends it at once when the mailbox is already closed. */
    void post(Invocation invocation) {
        lock.lock();
        try {
            if (closedWith != null) {
                invocation.finish(closedWith.apply(invocation));
                return;
            }
            waiting.addLast(invocation);
            queued.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The runtime's long poll: waits for the next invocation and marks it delivered. The first call ends the runtime's
     * init phase. A closed mailbox never delivers again: its runtime waits until its process is stopped, which is
     * quieter than an error the runtime would log as a crash.
     */
    Invocation awaitNext() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            initialized = true;
            while (waiting.isEmpty()) {
                queued.await();
            }
            Invocation next = waiting.removeFirst();
            inFlight.put(next.requestId(), next);
            next.deliver();
            return next;
        } finally {
            lock.unlock();
        }
    }

    /** Ends the in-flight invocation with this outcome; an id that is not in flight is rejected. */
    Answer answer(String requestId, Outcome outcome) {
        lock.lock();
        try {
            Invocation invocation = inFlight.remove(requestId);
            if (invocation == null) {
                return Answer.UNKNOWN_REQUEST_ID;
            }
            invocation.finish(outcome);
            return Answer.ACCEPTED;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The runtime could not initialise. Lambda serves the init error as the response to the pending invoke, and the
     * instance is finished. Returns false when the runtime had already asked for work, so init was over.
     */
    boolean failInit(FunctionError error) {
        lock.lock();
        try {
            if (initialized) {
                return false;
            }
        } finally {
            lock.unlock();
        }
        close(invocation -> new Outcome.Failure(error));
        return true;
    }

    boolean isClosed() {
        lock.lock();
        try {
            return closedWith != null;
        } finally {
            lock.unlock();
        }
    }

    /** Closes the mailbox; the first reason sticks, so an init error is not overwritten by the exit that follows. */
    void close(Function<Invocation, Outcome> reason) {
        List<Invocation> unanswered = new ArrayList<>();
        Function<Invocation, Outcome> finalReason;
        lock.lock();
        try {
            if (closedWith == null) {
                closedWith = reason;
            }
            finalReason = closedWith;
            unanswered.addAll(waiting);
            unanswered.addAll(inFlight.values());
            waiting.clear();
            inFlight.clear();
        } finally {
            lock.unlock();
        }
        unanswered.forEach(invocation -> invocation.finish(finalReason.apply(invocation)));
    }
}
