package dev.tandem.localcloud.lambda;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asynchronous ({@code Event}) invocations: accepted at once, run in the background, retried with
 * growing delays when the function fails, and handed to the caller's on-failure callback once the
 * configured retries are spent or the event grew too old. Every attempt carries the same request
 * id, as on AWS. Retries still pending when the host stops are dropped, as a deleted function's are.
 */
final class AsyncInvoker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AsyncInvoker.class);

    private final ScheduledExecutorService retryTimer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("lambda-async-retries").factory());
    private final ExecutorService attempts = Executors.newVirtualThreadPerTaskExecutor();

    private record Event(
            FunctionPool pool,
            String requestId,
            String payload,
            Instant enqueuedAt,
            AsyncInvokeConfig config,
            Consumer<AsyncInvocationFailure> onFailure) {}

    /** Queues the invocation and returns its request id. */
    String submit(
            FunctionPool pool, String payload, AsyncInvokeConfig config, Consumer<AsyncInvocationFailure> onFailure) {
        Event event = new Event(pool, UUID.randomUUID().toString(), payload, Instant.now(), config, onFailure);
        attempts.execute(() -> attempt(event, 1));
        return event.requestId();
    }

    private void attempt(Event event, int attempt) {
        if (!(event.pool().invoke(event.requestId(), event.payload()) instanceof InvocationResult.Failure failure)) {
            return;
        }
        String function = event.pool().function().name();
        if (attempt > event.config().maximumRetryAttempts()) {
            giveUp(event, failure.error(), attempt, AsyncInvocationFailure.Reason.RETRIES_EXHAUSTED);
            return;
        }
        Duration delay = event.config().delayBeforeRetry(attempt);
        Instant retryAt = Instant.now().plus(delay);
        if (retryAt.isAfter(event.enqueuedAt().plus(event.config().maximumEventAge()))) {
            giveUp(event, failure.error(), attempt, AsyncInvocationFailure.Reason.EVENT_AGE_EXCEEDED);
            return;
        }
        log.warn(
                "{} async invocation {} failed (attempt {}: {}: {}); retrying in {} ms",
                function,
                event.requestId(),
                attempt,
                failure.error().errorType(),
                failure.error().errorMessage(),
                delay.toMillis());
        try {
            retryTimer.schedule(
                    () -> attempts.execute(() -> attempt(event, attempt + 1)), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            log.info("{} async invocation {} dropped: the host is stopping", function, event.requestId());
        }
    }

    private static void giveUp(Event event, FunctionError error, int attempts, AsyncInvocationFailure.Reason reason) {
        String function = event.pool().function().name();
        log.warn(
                "{} async invocation {} abandoned after {} attempt(s) ({}): {}: {}",
                function,
                event.requestId(),
                attempts,
                reason,
                error.errorType(),
                error.errorMessage());
        try {
            event.onFailure()
                    .accept(new AsyncInvocationFailure(
                            function, event.requestId(), event.payload(), error, attempts, event.enqueuedAt(), reason));
        } catch (RuntimeException e) {
            log.error("the on-failure handler of {} async invocation {} failed", function, event.requestId(), e);
        }
    }

    @Override
    public void close() {
        retryTimer.shutdownNow();
        attempts.shutdownNow();
    }
}
