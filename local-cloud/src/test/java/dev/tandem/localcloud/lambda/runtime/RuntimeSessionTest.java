package dev.tandem.localcloud.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuntimeSessionTest {

    private final RuntimeSession session = new RuntimeSession("echo");

    @Test
    void handsQueuedInvocationsToTheRuntimeAndAcceptsTheirResponse() throws InterruptedException {
        Invocation invocation = invocation("r-1");
        session.submit(invocation);

        assertThat(session.next()).isSameAs(invocation);
        assertThat(session.respond("r-1", bytes("{\"ok\":true}"))).isEqualTo(RuntimeReply.ACCEPTED);
        assertThat(invocation.result().join())
                .isInstanceOfSatisfying(InvocationResult.Success.class, success -> assertThat(success.payload())
                        .isEqualTo("{\"ok\":true}"));
    }

    @Test
    void marksTheRuntimeInitialisedWhenItFirstAsksForAnInvocation() throws InterruptedException {
        session.submit(invocation("r-1"));
        assertThat(session.initialised()).isNotDone();

        session.next();

        assertThat(session.initialised()).isCompleted();
    }

    @Test
    void rejectsAReportForAnUnknownOrAlreadySettledRequestId() throws InterruptedException {
        session.submit(invocation("r-1"));
        session.next();
        session.respond("r-1", bytes("{}"));

        assertThat(session.respond("r-1", bytes("{}"))).isEqualTo(RuntimeReply.INVALID_REQUEST_ID);
        assertThat(session.fail("r-2", error())).isEqualTo(RuntimeReply.INVALID_REQUEST_ID);
        assertThat(RuntimeReply.INVALID_REQUEST_ID.status()).isEqualTo(400);
    }

    @Test
    void rejectsALateResponseToAnInvocationThatTimedOut() throws InterruptedException {
        Invocation invocation = invocation("r-1");
        session.submit(invocation);
        session.next();
        invocation.fail(FunctionError.timedOut(Duration.ofSeconds(3)));

        assertThat(session.respond("r-1", bytes("{}"))).isEqualTo(RuntimeReply.INVALID_REQUEST_ID);
        assertThat(invocation.result().join()).isInstanceOf(InvocationResult.Failure.class);
    }

    @Test
    void failsAnInvocationWhoseResponseIsTooLarge() throws InterruptedException {
        Invocation invocation = invocation("r-1");
        session.submit(invocation);
        session.next();

        assertThat(session.responseTooLarge("r-1")).isEqualTo(RuntimeReply.TOO_LARGE);
        assertThat(RuntimeReply.TOO_LARGE.status()).isEqualTo(413);
        assertThat(invocation.result().join())
                .isInstanceOfSatisfying(
                        InvocationResult.Failure.class,
                        failure -> assertThat(failure.error().errorType()).isEqualTo("Function.ResponseSizeTooLarge"));
    }

    @Test
    void acceptsAnInitErrorOnlyBeforeTheFirstInvocation() throws InterruptedException {
        RuntimeSession failing = new RuntimeSession("broken");
        assertThat(failing.initError(error())).isEqualTo(RuntimeReply.ACCEPTED);
        assertThat(failing.initialised()).isCompletedExceptionally();

        session.submit(invocation("r-1"));
        session.next();
        assertThat(session.initError(error())).isEqualTo(RuntimeReply.ALREADY_INITIALISED);
        assertThat(RuntimeReply.ALREADY_INITIALISED.status()).isEqualTo(403);
    }

    @Test
    void failsEveryUnsettledInvocationWhenTheRuntimeDies() throws InterruptedException {
        Invocation running = invocation("r-1");
        Invocation waiting = invocation("r-2");
        session.submit(running);
        session.next();
        session.submit(waiting);

        session.abort(FunctionError.runtimeExited(137, List.of()));

        for (Invocation invocation : List.of(running, waiting)) {
            assertThat(invocation.result().join())
                    .isInstanceOfSatisfying(
                            InvocationResult.Failure.class,
                            failure -> assertThat(failure.error().errorType()).isEqualTo("Runtime.ExitError"));
        }
    }

    @Test
    void failsAnInvocationSubmittedAfterTheRuntimeDied() {
        session.abort(FunctionError.runtimeExited(1, List.of()));
        Invocation late = invocation("r-1");

        session.submit(late);

        assertThat(late.result()).isCompleted();
        assertThat(late.result().join()).isInstanceOf(InvocationResult.Failure.class);
    }

    private static Invocation invocation(String requestId) {
        return new Invocation(requestId, "{}", Duration.ofSeconds(3));
    }

    private static FunctionError error() {
        return new FunctionError("java.lang.IllegalStateException", "broken", List.of());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
