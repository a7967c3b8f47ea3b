package dev.tandem.localcloud.lambda.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The runtime API's state for one execution environment, without the HTTP: invocations wait in a
 * queue until the runtime asks for the next one, are then known by their request id until the
 * runtime (or the host) settles them. The runtime's first request for an invocation marks the end
 * of its initialisation; an init error, or an abort when the runtime dies, fails the
 * initialisation and every invocation not yet settled.
 */
public final class RuntimeSession {

    /** Lambda's limit for a synchronous response, as the runtime interface emulator enforces it. */
    static final int MAX_RESPONSE_BYTES = 6 * 1024 * 1024 + 100;

    private final String functionName;
    private final BlockingQueue<Invocation> queued = new LinkedBlockingQueue<>();
    private final Map<String, Invocation> dispatched = new ConcurrentHashMap<>();
    private final CompletableFuture<Void> initialised = new CompletableFuture<>();
    private volatile FunctionError abortedWith;

    public RuntimeSession(String functionName) {
        this.functionName = functionName;
    }

    /** Completes when the runtime first asks for an invocation, or fails with a {@link FunctionInitException}. */
    public CompletableFuture<Void> initialised() {
        return initialised;
    }

    public void submit(Invocation invocation) {
        queued.add(invocation);
        FunctionError aborted = abortedWith;
        if (aborted != null) {
            failUnsettled(aborted);
        }
    }

    /** Blocks until an invocation is queued: the runtime's {@code GET /next}. */
    Invocation next() throws InterruptedException {
        initialised.complete(null);
        while (true) {
            Invocation invocation = queued.take();
            if (!invocation.settled()) {
                dispatched.put(invocation.requestId(), invocation);
                return invocation;
            }
        }
    }

    RuntimeReply respond(String requestId, byte[] response) {
        Invocation invocation = dispatched.remove(requestId);
        return invocation != null && invocation.succeed(response)
                ? RuntimeReply.ACCEPTED
                : RuntimeReply.INVALID_REQUEST_ID;
    }

    RuntimeReply fail(String requestId, FunctionError error) {
        Invocation invocation = dispatched.remove(requestId);
        return invocation != null && invocation.fail(error) ? RuntimeReply.ACCEPTED : RuntimeReply.INVALID_REQUEST_ID;
    }

    /** The runtime posted a response above {@link #MAX_RESPONSE_BYTES}: the invocation fails, as on AWS. */
    RuntimeReply responseTooLarge(String requestId) {
        FunctionError error = new FunctionError(
                "Function.ResponseSizeTooLarge",
                "Response payload size exceeded maximum allowed payload size (" + MAX_RESPONSE_BYTES + " bytes).",
                List.of());
        return fail(requestId, error).accepted() ? RuntimeReply.TOO_LARGE : RuntimeReply.INVALID_REQUEST_ID;
    }

    RuntimeReply initError(FunctionError error) {
        if (initialised.isDone() && !initialised.isCompletedExceptionally()) {
            return RuntimeReply.ALREADY_INITIALISED;
        }
        initialised.completeExceptionally(new FunctionInitException(functionName, error));
        return RuntimeReply.ACCEPTED;
    }

    /**
     * The runtime is gone: nothing it was asked to do will be answered, so it all fails with
     * {@code error}, and so does anything submitted from now on.
     */
    public void abort(FunctionError error) {
        abortedWith = error;
        initialised.completeExceptionally(new FunctionInitException(functionName, error));
        failUnsettled(error);
    }

    private void failUnsettled(FunctionError error) {
        List<Invocation> unsettled = new ArrayList<>(dispatched.values());
        dispatched.clear();
        queued.drainTo(unsettled);
        unsettled.forEach(invocation -> invocation.fail(error));
    }
}
