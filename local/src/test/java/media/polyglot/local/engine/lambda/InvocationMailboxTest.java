package media.polyglot.local.engine.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import media.polyglot.local.engine.lambda.InvocationMailbox.Answer;
import org.junit.jupiter.api.Test;

class InvocationMailboxTest {

    private final InvocationMailbox mailbox = new InvocationMailbox();

    @Test
    void closingEndsTheQueuedAndTheInFlightInvocationsWithTheReason() throws InterruptedException {
        Invocation inFlight = invocation();
        Invocation queued = invocation();
        mailbox.post(inFlight);
        mailbox.post(queued);
        mailbox.awaitNext();

        mailbox.close(invocation -> SandboxErrors.exited(invocation.requestId(), 3));

        assertThat(errorMessage(inFlight))
                .isEqualTo("RequestId: " + inFlight.requestId() + " Error: Runtime exited with error: exit status 3");
        assertThat(errorMessage(queued))
                .isEqualTo("RequestId: " + queued.requestId() + " Error: Runtime exited with error: exit status 3");
        assertThat(mailbox.isClosed()).isTrue();
    }

    @Test
    void anInvocationPostedAfterCloseEndsAtOnce() {
        mailbox.close(invocation -> SandboxErrors.stopped(invocation.requestId()));
        Invocation late = invocation();

        mailbox.post(late);

        assertThat(errorMessage(late)).isEqualTo("RequestId: " + late.requestId()
                + " Error: Runtime stopped: the local Lambda host is shutting down");
    }

    @Test
    void anInitErrorIsNotOverwrittenByTheExitThatFollowsIt() {
        Invocation waiting = invocation();
        mailbox.post(waiting);

        boolean accepted = mailbox.failInit(FunctionError.raised("java.lang.IllegalStateException", "no table"));
        mailbox.close(invocation -> SandboxErrors.exited(invocation.requestId(), 1));
        Invocation next = invocation();
        mailbox.post(next);

        assertThat(accepted).isTrue();
        assertThat(errorMessage(waiting)).isEqualTo("no table");
        assertThat(errorMessage(next)).isEqualTo("no table");
    }

    @Test
    void anInitErrorAfterTheFirstPollIsRefused() throws InterruptedException {
        mailbox.post(invocation());
        mailbox.awaitNext();

        assertThat(mailbox.failInit(FunctionError.raised("java.lang.Error", "late"))).isFalse();
        assertThat(mailbox.isClosed()).isFalse();
    }

    @Test
    void onlyTheInFlightRequestIdCanBeAnswered() throws InterruptedException {
        Invocation delivered = invocation();
        Invocation queued = invocation();
        mailbox.post(delivered);
        mailbox.post(queued);
        mailbox.awaitNext();

        assertThat(mailbox.answer(queued.requestId(), new Outcome.Response(new byte[0])))
                .isEqualTo(Answer.UNKNOWN_REQUEST_ID);
        assertThat(mailbox.answer(delivered.requestId(), new Outcome.Response(new byte[0])))
                .isEqualTo(Answer.ACCEPTED);
        assertThat(mailbox.answer(delivered.requestId(), new Outcome.Response(new byte[0])))
                .isEqualTo(Answer.UNKNOWN_REQUEST_ID);
    }

    @Test
    void deliveryStartsTheFunctionsTimeout() throws InterruptedException {
        Invocation invocation = invocation();
        mailbox.post(invocation);

        assertThat(invocation.deadline()).isNotDone();
        mailbox.awaitNext();

        assertThat(invocation.deadline()).isDone();
    }

    private static Invocation invocation() {
        return new Invocation("{}".getBytes(), Duration.ofSeconds(3));
    }

    private static String errorMessage(Invocation invocation) {
        return ((Outcome.Failure) invocation.outcome().join()).error().errorMessage();
    }
}
