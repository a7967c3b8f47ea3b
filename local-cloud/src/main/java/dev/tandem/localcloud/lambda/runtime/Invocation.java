package dev.tandem.localcloud.lambda.runtime;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * One invocation on its way through an execution environment: what the runtime receives from
 * {@code /next} and the result that its {@code /response} or {@code /error} (or the host, when the
 * deadline passes or the runtime dies) settles. Only the first settlement counts, which is how a
 * response that arrives after the timeout is told apart from one in time.
 */
public final class Invocation {

    private final String requestId;
    private final byte[] payload;
    private final Instant deadline;
    private final String traceId;
    private final long startedNanos;
    private final CompletableFuture<InvocationResult> result = new CompletableFuture<>();

    public Invocation(String requestId, String payload, Duration timeout) {
        this.requestId = requestId;
        this.payload = payload.getBytes(StandardCharsets.UTF_8);
        this.deadline = Instant.now().plus(timeout);
        this.traceId = TraceIds.newTraceHeader();
        this.startedNanos = System.nanoTime();
    }

    String requestId() {
        return requestId;
    }

    byte[] payload() {
        return payload;
    }

    Instant deadline() {
        return deadline;
    }

    String traceId() {
        return traceId;
    }

    public CompletableFuture<InvocationResult> result() {
        return result;
    }

    /** Settles the invocation with the function's response; false if it was already settled. */
    boolean succeed(byte[] response) {
        return result.complete(
                new InvocationResult.Success(requestId, new String(response, StandardCharsets.UTF_8), elapsed()));
    }

    /** Settles the invocation with an error; false if it was already settled. */
    public boolean fail(FunctionError error) {
        return result.complete(new InvocationResult.Failure(requestId, error, elapsed()));
    }

    boolean settled() {
        return result.isDone();
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
