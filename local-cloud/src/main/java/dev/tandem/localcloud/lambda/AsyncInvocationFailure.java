package dev.tandem.localcloud.lambda;

import java.time.Instant;
import java.util.Objects;

/**
 * An asynchronous invocation that Lambda gave up on, handed to the caller's on-failure callback
 * so that it can do what the deployed wiring does with it (send it to the target's or the
 * function's dead-letter queue). It carries the original {@code payload}, the request id every
 * attempt shared, the error of the last attempt and why no further attempt was made.
 */
public record AsyncInvocationFailure(
        String functionName,
        String requestId,
        String payload,
        FunctionError lastError,
        int attempts,
        Instant enqueuedAt,
        Reason reason) {

    /** Why the invocation was abandoned. */
    public enum Reason {
        /** Every attempt the configuration allows failed. */
        RETRIES_EXHAUSTED,
        /** The event grew older than the configured maximum age before a retry was due. */
        EVENT_AGE_EXCEEDED
    }

    public AsyncInvocationFailure {
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(enqueuedAt, "enqueuedAt");
        Objects.requireNonNull(reason, "reason");
    }
}
