package dev.tandem.localcloud.lambda.environment;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Lambda's own figures for one invocation, the ones its {@code REPORT} line carries, and the three platform lines
 * Lambda writes to the function's log stream for it, in AWS's format (as the Lambda Developer Guide shows them in
 * https://docs.aws.amazon.com/lambda/latest/dg/with-s3-example.html and explains them in "How CloudWatch structures
 * logs", https://docs.aws.amazon.com/lambda/latest/operatorguide/log-structure.html):
 *
 * <pre>
 * START RequestId: 2f1c5a0e-61d4-4b9e-9a57-0c2d1e8b7f10 Version: $LATEST
 * END RequestId: 2f1c5a0e-61d4-4b9e-9a57-0c2d1e8b7f10
 * REPORT RequestId: 2f1c5a0e-61d4-4b9e-9a57-0c2d1e8b7f10⇥Duration: 41.27 ms⇥Billed Duration: 653 ms⇥Memory Size: 1024 MB⇥Max Memory Used: 118 MB⇥Init Duration: 611.40 ms⇥
 * </pre>
 *
 * (⇥ is a tab; Lambda ends the REPORT line with one too, which the guide's pages trim.) Durations are in milliseconds with two decimals; the billed duration is rounded up to the
 * millisecond and, since Lambda bills the init phase of on-demand functions too (August 2025,
 * https://aws.amazon.com/blogs/compute/aws-lambda-standardizes-billing-for-init-phase), includes a cold start's init
 * duration. {@code Init Duration} appears on a cold start only: the first invocation an execution environment serves.
 *
 * @param function the function's name
 * @param version the version that ran, {@code $LATEST} as local-cloud runs no published versions
 * @param durationMs from the invocation handed to the runtime until its response or error
 * @param billedMs what Lambda would bill: the duration, plus a cold start's init, rounded up to the millisecond
 * @param memorySizeMb the function's configured memory ({@code MemorySize} in the template)
 * @param maxMemoryUsedMb the execution environment's peak resident memory so far, as Lambda reports the maximum
 *     across the invocations an environment served
 * @param initDurationMs on a cold start, the environment's init: from starting the function's JVM until its runtime
 *     first asks for an invocation ({@code GET /next}), where Lambda's init phase ends too; empty on a warm start
 * @param timestamp when the invocation ended
 */
public record InvocationReport(
        String function,
        String requestId,
        String version,
        double durationMs,
        long billedMs,
        int memorySizeMb,
        long maxMemoryUsedMb,
        OptionalDouble initDurationMs,
        Instant timestamp) {

    /** The version local-cloud runs every function as. */
    public static final String LATEST = "$LATEST";

    public InvocationReport {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(initDurationMs, "initDurationMs");
        Objects.requireNonNull(timestamp, "timestamp");
    }

    /** The report of an invocation that took {@code duration}, after an init of {@code init} on a cold start. */
    static InvocationReport of(
            String function,
            String requestId,
            Duration duration,
            int memorySizeMb,
            long maxMemoryUsedMb,
            OptionalDouble initDurationMs,
            Instant timestamp) {
        double durationMs = duration.toNanos() / 1_000_000.0;
        double billable = durationMs + initDurationMs.orElse(0);
        return new InvocationReport(
                function,
                requestId,
                LATEST,
                durationMs,
                (long) Math.ceil(billable),
                memorySizeMb,
                maxMemoryUsedMb,
                initDurationMs,
                timestamp);
    }

    /** Whether this invocation started its execution environment: the one that carries its init. */
    public boolean cold() {
        return initDurationMs.isPresent();
    }

    public String startLine() {
        return "START RequestId: " + requestId + " Version: " + version;
    }

    public String endLine() {
        return "END RequestId: " + requestId;
    }

    public String reportLine() {
        StringBuilder line = new StringBuilder("REPORT RequestId: ")
                .append(requestId)
                .append("\tDuration: ")
                .append(millis(durationMs))
                .append(" ms\tBilled Duration: ")
                .append(billedMs)
                .append(" ms\tMemory Size: ")
                .append(memorySizeMb)
                .append(" MB\tMax Memory Used: ")
                .append(maxMemoryUsedMb)
                .append(" MB");
        initDurationMs.ifPresent(
                init -> line.append("\tInit Duration: ").append(millis(init)).append(" ms"));
        return line.append('\t').toString();
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
