package dev.tandem.localcloud.lambda.environment;

import dev.tandem.localcloud.lambda.runtime.FunctionError;
import dev.tandem.localcloud.lambda.runtime.FunctionInitException;
import dev.tandem.localcloud.lambda.runtime.InvocationResult;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The execution environments of one function: at most {@code maxConcurrency} invocations run at
 * once, each in an environment of its own; idle environments are reused (warm starts) and new
 * ones started only when none is idle (cold starts). After an init failure no environment is
 * started again for the retry interval: invocations fail at once with the init error instead.
 */
public final class FunctionPool implements AutoCloseable {

    private final FunctionDefinition function;
    private final FunctionJvm jvm;
    private final Semaphore permits;
    private final LiveEnvironments environments = new LiveEnvironments();
    private final AtomicInteger launches = new AtomicInteger();
    private final InitBackoff initBackoff;
    private final InvocationReports reports;

    private record Launched(ExecutionEnvironment environment, Duration initTime) {}

    public FunctionPool(
            FunctionDefinition function, FunctionJvm jvm, Duration initRetryInterval, InvocationReports reports) {
        this.function = function;
        this.reports = reports;
        this.jvm = jvm;
        this.initBackoff = new InitBackoff(function.name(), initRetryInterval);
        this.permits = new Semaphore(function.maxConcurrency(), true);
    }

    public FunctionDefinition function() {
        return function;
    }

    /** How many JVMs this pool has started so far: one per cold start. */
    public int launches() {
        return launches.get();
    }

    /** Starts one environment ahead of the first invocation; completes with its init time. */
    public CompletableFuture<Duration> warmUp() {
        CompletableFuture<Duration> started = new CompletableFuture<>();
        Thread.ofVirtual().name(function.name() + "-warm-up").start(() -> {
            try {
                permits.acquire();
            } catch (InterruptedException e) {
                started.completeExceptionally(e);
                return;
            }
            try {
                Launched launched = launch();
                environments.release(launched.environment());
                started.complete(launched.initTime());
            } catch (FunctionInitException e) {
                started.completeExceptionally(e);
            } finally {
                permits.release();
            }
        });
        return started;
    }

    /** Runs one invocation, waiting for a free slot when {@code maxConcurrency} invocations are running. */
    public InvocationResult invoke(String requestId, String payload) {
        long startedNanos = System.nanoTime();
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failure(
                    requestId,
                    new FunctionError("Runtime.Interrupted", "the host is stopping", List.of()),
                    startedNanos);
        }
        try {
            Optional<ExecutionEnvironment> environment = environments.takeIdle();
            if (environment.isEmpty()) {
                Optional<FunctionError> backingOff = initBackoff.blockingError();
                if (backingOff.isPresent()) {
                    return failure(requestId, backingOff.get(), startedNanos);
                }
                try {
                    environment = Optional.of(launch().environment());
                } catch (FunctionInitException e) {
                    return failure(requestId, e.error(), startedNanos);
                }
            }
            InvocationResult result = environment.get().invoke(requestId, payload);
            environments.release(environment.get());
            return result;
        } finally {
            permits.release();
        }
    }

    private Launched launch() {
        if (environments.isClosed()) {
            throw stopped();
        }
        launches.incrementAndGet();
        ExecutionEnvironment environment;
        try {
            environment = ExecutionEnvironment.launch(function, jvm, reports);
        } catch (IOException e) {
            throw initBackoff.failed(new FunctionError("Runtime.LaunchError", e.toString(), List.of()));
        }
        if (!environments.add(environment)) {
            environment.close();
            throw stopped();
        }
        try {
            Duration initTime = environment.awaitInitialised();
            initBackoff.succeeded();
            return new Launched(environment, initTime);
        } catch (FunctionInitException e) {
            environments.retire(environment);
            // An environment killed because the host is stopping did not fail on its own.
            throw environments.isClosed() ? stopped() : initBackoff.failed(e.error());
        }
    }

    private FunctionInitException stopped() {
        return new FunctionInitException(
                function.name(), new FunctionError("Runtime.HostStopped", "the function host is stopping", List.of()));
    }

    private static InvocationResult failure(String requestId, FunctionError error, long startedNanos) {
        return new InvocationResult.Failure(requestId, error, Duration.ofNanos(System.nanoTime() - startedNanos));
    }

    /**
     * Kills the JVMs that are running an invocation, as a crash would: those invocations fail with the runtime's
     * exit, and the next invocation starts a new environment. Returns how many were killed.
     */
    public int crashBusy() {
        return environments.closeBusy();
    }

    /** Kills every environment of the function; invocations still running fail. */
    @Override
    public void close() {
        environments.closeAll();
    }
}
