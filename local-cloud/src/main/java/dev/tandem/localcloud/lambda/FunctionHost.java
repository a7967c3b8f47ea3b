package dev.tandem.localcloud.lambda;

import dev.tandem.localcloud.lambda.environment.FunctionDefinition;
import dev.tandem.localcloud.lambda.environment.FunctionHostSettings;
import dev.tandem.localcloud.lambda.environment.FunctionJvm;
import dev.tandem.localcloud.lambda.environment.FunctionPool;
import dev.tandem.localcloud.lambda.environment.InvocationReport;
import dev.tandem.localcloud.lambda.environment.InvocationReports;
import dev.tandem.localcloud.lambda.environment.RuntimeInterfaceClient;
import dev.tandem.localcloud.lambda.eventsource.SqsEventSourceDefinition;
import dev.tandem.localcloud.lambda.eventsource.SqsEventSourceMapping;
import dev.tandem.localcloud.lambda.runtime.FunctionInitException;
import dev.tandem.localcloud.lambda.runtime.InvocationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Runs Lambda functions locally the way Lambda does: each function in JVMs of its own, started
 * from its deployment jar with AWS's Runtime Interface Client against a local runtime API, with
 * Lambda's environment, memory, timeout and concurrency. It invokes them synchronously
 * ({@code RequestResponse}) and from SQS queues (event source mappings). Closing it kills every function JVM and frees every port; it
 * registers nothing global, so several hosts can live in one JVM, one after the other or at once.
 */
public final class FunctionHost implements AutoCloseable {

    private final FunctionHostSettings settings;
    private final Path workDirectory;
    private final FunctionJvm jvm;
    private final Map<String, FunctionPool> functions = new ConcurrentHashMap<>();
    private final Map<String, List<SqsEventSourceMapping>> mappings = new ConcurrentHashMap<>();
    private final InvocationReports reports = new InvocationReports();

    public FunctionHost(FunctionHostSettings settings) {
        this.settings = settings;
        try {
            this.workDirectory = Files.createTempDirectory("tandem-lambda-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the function host's directory", e);
        }
        this.jvm = new FunctionJvm(
                FunctionJvm.currentJava(), RuntimeInterfaceClient.unpackInto(workDirectory), settings, workDirectory);
    }

    /**
     * Deploys a function and starts its first execution environment in the background; the future
     * completes with that environment's init time, or fails with a {@link FunctionInitException}.
     * Invocations may be made at once: they wait for the environment.
     */
    public CompletableFuture<Duration> start(FunctionDefinition function) {
        if (!Files.exists(function.code())) {
            throw new IllegalArgumentException(
                    "code of function " + function.name() + " not found: " + function.code());
        }
        FunctionPool pool = new FunctionPool(function, jvm, settings.initRetryInterval(), reports);
        if (functions.putIfAbsent(function.name(), pool) != null) {
            throw new IllegalStateException("function " + function.name() + " is already started");
        }
        return pool.warmUp();
    }

    /** Stops a function's event source mappings, then kills its execution environments. */
    public void stop(String functionName) {
        List<SqsEventSourceMapping> functionMappings = mappings.remove(functionName);
        if (functionMappings != null) {
            functionMappings.forEach(SqsEventSourceMapping::close);
        }
        FunctionPool pool = functions.remove(functionName);
        if (pool != null) {
            pool.close();
        }
    }

    public Set<String> functionNames() {
        return Set.copyOf(functions.keySet());
    }

    /**
     * Invokes a function synchronously and waits for its result ({@code RequestResponse}); when the
     * function already runs as many invocations as its concurrency allows, waits for one to end.
     *
     * @throws IllegalArgumentException if no function of that name is started
     */
    public InvocationResult invoke(String functionName, String payloadJson) {
        return pool(functionName).invoke(UUID.randomUUID().toString(), payloadJson);
    }

    /**
     * Starts polling an SQS queue for a started function, with the mapping's batching and concurrency.
     *
     * @throws IllegalArgumentException if the queue's visibility timeout is shorter than the
     *     function's timeout, which Lambda refuses too: messages would come back while still in work
     */
    public void addSqsEventSource(SqsEventSourceDefinition mapping, SqsClient sqs) {
        FunctionPool pool = pool(mapping.functionName());
        long visibilityTimeout = Long.parseLong(sqs.getQueueAttributes(request ->
                        request.queueUrl(mapping.queueUrl()).attributeNames(QueueAttributeName.VISIBILITY_TIMEOUT))
                .attributes()
                .get(QueueAttributeName.VISIBILITY_TIMEOUT));
        if (visibilityTimeout < pool.function().timeout().toSeconds()) {
            throw new IllegalArgumentException(
                    "Queue visibility timeout: " + visibilityTimeout + " seconds is less than Function timeout: "
                            + pool.function().timeout().toSeconds() + " seconds");
        }
        int pollers = Math.min(mapping.maximumConcurrency(), pool.function().maxConcurrency());
        mappings.computeIfAbsent(mapping.functionName(), name -> new CopyOnWriteArrayList<>())
                .add(new SqsEventSourceMapping(mapping, sqs, pool::invoke, settings.region(), pollers));
    }

    /**
     * The figures of the invocations that ran so far, oldest first (the newest 10,000): what each {@code REPORT} line
     * said, for tests and for the decision lab.
     */
    public List<InvocationReport> reports() {
        return reports.all();
    }

    /**
     * Hands every invocation's report to {@code listener} as the invocation ends, on the invoking thread: {@link
     * dev.tandem.localcloud.lambda.environment.FunctionLogFiles} writes them to a log file per function, as CloudWatch Logs keeps them.
     */
    public void onReport(Consumer<InvocationReport> listener) {
        reports.addListener(listener);
    }

    /**
     * How many JVMs a function has started so far, one per cold start: a function whose runtime dies after an
     * invocation shows up here as one launch per invocation.
     */
    public int launches(String functionName) {
        return pool(functionName).launches();
    }

    /**
     * Kills the function's JVMs that are in the middle of an invocation, for drills: what a crash or an
     * out-of-memory kill does on Lambda. The invocation fails, an SQS batch it was working on is not deleted and
     * comes back after the queue's visibility timeout, and the next invocation is a cold start.
     *
     * @return how many JVMs were killed
     */
    public int crashRunningInvocations(String functionName) {
        return pool(functionName).crashBusy();
    }

    private FunctionPool pool(String functionName) {
        FunctionPool pool = functions.get(functionName);
        if (pool == null) {
            throw new IllegalArgumentException("no function named " + functionName + " is started");
        }
        return pool;
    }

    /** Stops every mapping and kills every function JVM with its descendants, then removes the host's files. */
    @Override
    public void close() {
        mappings.values().stream().flatMap(List::stream).forEach(SqsEventSourceMapping::close);
        mappings.clear();
        new ArrayList<>(functions.values()).forEach(FunctionPool::close);
        functions.clear();
        deleteWorkDirectory();
    }

    private void deleteWorkDirectory() {
        if (!Files.exists(workDirectory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(workDirectory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + workDirectory, e);
        }
    }
}
