package dev.tandem.localcloud.lambda.environment;

import dev.tandem.localcloud.lambda.runtime.FunctionError;
import dev.tandem.localcloud.lambda.runtime.FunctionInitException;
import dev.tandem.localcloud.lambda.runtime.Invocation;
import dev.tandem.localcloud.lambda.runtime.InvocationResult;
import dev.tandem.localcloud.lambda.runtime.RuntimeApiServer;
import dev.tandem.localcloud.lambda.runtime.RuntimeSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Lambda execution environment: a function JVM running the runtime interface client against a
 * runtime API server of its own. It handles one invocation at a time. An invocation that outlives
 * the function's timeout fails, and the JVM is killed with everything it started, so the next
 * invocation gets a fresh one, as on AWS; so is a JVM whose runtime exits.
 */
final class ExecutionEnvironment implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ExecutionEnvironment.class);

    /** Lambda's limit for the init phase; a longer function timeout extends it, as Lambda then re-runs init within it. */
    private static final Duration MIN_INIT_TIMEOUT = Duration.ofSeconds(10);

    private static final Duration KILL_WAIT = Duration.ofSeconds(5);
    private static final Duration OUTPUT_DRAIN_WAIT = Duration.ofSeconds(1);

    private final FunctionDefinition function;
    private final RuntimeSession session;
    private final RuntimeApiServer server;
    private final Process process;
    private final ProcessOutput output;
    private final long launchedNanos;
    private final InvocationReports reports;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile OptionalDouble pendingInitMs = OptionalDouble.empty();
    private volatile long peakMemoryMb;

    private ExecutionEnvironment(
            FunctionDefinition function,
            RuntimeSession session,
            RuntimeApiServer server,
            Process process,
            long launchedNanos,
            InvocationReports reports) {
        this.function = function;
        this.session = session;
        this.server = server;
        this.process = process;
        this.output = ProcessOutput.forward(function.name(), process);
        this.launchedNanos = launchedNanos;
        this.reports = reports;
        // Off the JDK's process reaper thread: collecting the output's last lines may take a moment.
        process.onExit()
                .thenRunAsync(this::runtimeExited, task -> Thread.ofVirtual().start(task));
    }

    static ExecutionEnvironment launch(FunctionDefinition function, FunctionJvm jvm, InvocationReports reports)
            throws IOException {
        RuntimeSession session = new RuntimeSession(function.name());
        RuntimeApiServer server = RuntimeApiServer.start(session, function.arn());
        try {
            long launched = System.nanoTime();
            Process process = jvm.processBuilder(function, server.address()).start();
            return new ExecutionEnvironment(function, session, server, process, launched, reports);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * Waits until the runtime first asks for an invocation and returns how long that took since
     * launch; throws {@link FunctionInitException}, with the environment closed, if it never does.
     */
    Duration awaitInitialised() {
        Duration limit = function.timeout().compareTo(MIN_INIT_TIMEOUT) > 0 ? function.timeout() : MIN_INIT_TIMEOUT;
        try {
            session.initialised().get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            session.abort(new FunctionError(
                    "Sandbox.Timedout",
                    String.format(Locale.ROOT, "Init did not complete within %.2f seconds", limit.toMillis() / 1000.0),
                    List.of()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            session.abort(new FunctionError("Runtime.Interrupted", "the host stopped waiting for init", List.of()));
        } catch (ExecutionException initFailed) {
            // Reported by the runtime or by the exit watcher; rethrown below, the same way for every cause.
        }
        if (session.initialised().isCompletedExceptionally()) {
            close();
            FunctionInitException failure =
                    (FunctionInitException) session.initialised().exceptionNow();
            if (!failure.error().stackTrace().isEmpty()) {
                throw failure;
            }
            // Lambda's Java runtime reports init errors without their stack trace, which it prints instead.
            FunctionError error = failure.error();
            throw new FunctionInitException(
                    function.name(),
                    new FunctionError(error.errorType(), error.errorMessage(), output.tail(OUTPUT_DRAIN_WAIT)));
        }
        Duration initTime = Duration.ofNanos(System.nanoTime() - launchedNanos);
        pendingInitMs = OptionalDouble.of(initTime.toNanos() / 1_000_000.0);
        log.info("{} started in {} ms (pid {})", function.name(), initTime.toMillis(), process.pid());
        return initTime;
    }

    /**
     * Runs one invocation; the result is a failure, never an exception, whatever goes wrong. Its figures go to the
     * host's reports, the environment's init with the first invocation only (a cold start), as Lambda reports them.
     */
    InvocationResult invoke(String requestId, String payload) {
        reports.started(function.name(), requestId);
        InvocationResult result = run(requestId, payload);
        OptionalDouble initMs = pendingInitMs;
        pendingInitMs = OptionalDouble.empty();
        // A killed JVM has no /proc entry any more: its last known peak stands.
        peakMemoryMb =
                Math.max(peakMemoryMb, PeakMemory.ofProcess(process.pid()).orElse(0));
        reports.completed(InvocationReport.of(
                function.name(),
                requestId,
                result.duration(),
                function.memoryMb(),
                peakMemoryMb,
                initMs,
                Instant.now()));
        return result;
    }

    private InvocationResult run(String requestId, String payload) {
        Invocation invocation = new Invocation(requestId, payload, function.timeout());
        session.submit(invocation);
        try {
            return invocation.result().get(function.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            if (invocation.fail(FunctionError.timedOut(function.timeout()))) {
                log.warn(
                        "{} invocation {} timed out after {} s: killing its JVM (pid {})",
                        function.name(),
                        requestId,
                        function.timeout().toSeconds(),
                        process.pid());
                close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            invocation.fail(new FunctionError("Runtime.Interrupted", "the host stopped waiting", List.of()));
            close();
        } catch (ExecutionException impossible) {
            throw new IllegalStateException("invocations settle with a result, never an exception", impossible);
        }
        return invocation.result().join();
    }

    /** Whether the runtime has finished its init: a crash kills only such environments, never one still starting. */
    boolean initialised() {
        return session.initialised().isDone() && !session.initialised().isCompletedExceptionally();
    }

    /** Whether the next invocation may run here: not closed, and the runtime still alive. */
    boolean usable() {
        return !closed.get() && process.isAlive();
    }

    private void runtimeExited() {
        if (!closed.get()) {
            log.warn("{} runtime (pid {}) exited with status {}", function.name(), process.pid(), process.exitValue());
        }
        session.abort(FunctionError.runtimeExited(process.exitValue(), output.tail(OUTPUT_DRAIN_WAIT)));
        server.close();
    }

    /** Kills the JVM with its descendants and frees the runtime API's port. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                ProcessTree.destroy(process.toHandle(), KILL_WAIT);
            } finally {
                server.close();
            }
        }
    }
}
