package dev.tandem.localcloud.lambda.environment;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * One Lambda function as the template declares it: what to run ({@code code}, a deployment jar or
 * an unpacked asset directory, and {@code handler}), how big its execution environment is
 * ({@code memoryMb}, which becomes the JVM's heap limit), how long an invocation may take, its
 * (already resolved) environment variables, and how many invocations may run at once. Each
 * concurrent invocation gets an execution environment, that is a JVM, of its own, as on AWS.
 *
 * @param roleCredentials the variables that give the function's runtime its execution role's credentials, as
 *     Lambda sets {@code AWS_ACCESS_KEY_ID} and {@code AWS_SECRET_ACCESS_KEY} for it; empty to use the host's
 */
public record FunctionDefinition(
        String name,
        String arn,
        Path code,
        String handler,
        int memoryMb,
        Duration timeout,
        Map<String, String> environment,
        int maxConcurrency,
        Map<String, String> roleCredentials) {

    /** One execution environment: invocations of the function run one after the other. */
    public static final int DEFAULT_MAX_CONCURRENCY = 1;

    /**
     * Execution environments per function when local-cloud deploys one from a template or a {@code CreateFunction}
     * call. AWS scales out to the event source's maximum concurrency; on one machine two are enough to show
     * concurrent batches without a JVM per batch.
     */
    public static final int LOCAL_SCALE_OUT = 2;

    // Lambda's own limits; values outside them are a template error worth failing on early.
    private static final int MIN_MEMORY_MB = 128;
    private static final int MAX_MEMORY_MB = 10_240;
    private static final Duration MAX_TIMEOUT = Duration.ofMinutes(15);

    public FunctionDefinition {
        requireText(name, "name");
        requireText(arn, "arn");
        Objects.requireNonNull(code, "code");
        requireText(handler, "handler");
        if (memoryMb < MIN_MEMORY_MB || memoryMb > MAX_MEMORY_MB) {
            throw new IllegalArgumentException("memoryMb of function " + name + " must be between " + MIN_MEMORY_MB
                    + " and " + MAX_MEMORY_MB + ", was " + memoryMb);
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException(
                    "timeout of function " + name + " must be between 1 s and 15 min, was " + timeout);
        }
        environment = Map.copyOf(environment);
        roleCredentials = Map.copyOf(roleCredentials);
        if (maxConcurrency < 1) {
            throw new IllegalArgumentException(
                    "maxConcurrency of function " + name + " must be at least 1, was " + maxConcurrency);
        }
    }

    /** A function with {@link #DEFAULT_MAX_CONCURRENCY one} execution environment. */
    public FunctionDefinition(
            String name,
            String arn,
            Path code,
            String handler,
            int memoryMb,
            Duration timeout,
            Map<String, String> environment) {
        this(name, arn, code, handler, memoryMb, timeout, environment, DEFAULT_MAX_CONCURRENCY);
    }

    /** A function whose runtime gets the host's credentials, not a role's of its own. */
    public FunctionDefinition(
            String name,
            String arn,
            Path code,
            String handler,
            int memoryMb,
            Duration timeout,
            Map<String, String> environment,
            int maxConcurrency) {
        this(name, arn, code, handler, memoryMb, timeout, environment, maxConcurrency, Map.of());
    }

    public FunctionDefinition withMaxConcurrency(int concurrency) {
        return new FunctionDefinition(
                name, arn, code, handler, memoryMb, timeout, environment, concurrency, roleCredentials);
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("field '" + field + "' of a function definition must not be blank");
        }
    }
}
