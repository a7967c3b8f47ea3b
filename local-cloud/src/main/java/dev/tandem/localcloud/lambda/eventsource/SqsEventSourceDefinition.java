package dev.tandem.localcloud.lambda.eventsource;

import java.time.Duration;
import java.util.Objects;

/**
 * An {@code AWS::Lambda::EventSourceMapping} from an SQS queue to a function: the queue (its URL
 * to poll and its ARN, which goes into every record as {@code eventSourceARN}), {@code BatchSize},
 * {@code MaximumBatchingWindowInSeconds}, {@code ScalingConfig.MaximumConcurrency} (how many
 * batches may be in flight at once) and whether {@code FunctionResponseTypes} contains
 * {@code ReportBatchItemFailures}.
 */
public record SqsEventSourceDefinition(
        String functionName,
        String queueUrl,
        String queueArn,
        int batchSize,
        Duration maximumBatchingWindow,
        int maximumConcurrency,
        boolean reportBatchItemFailures) {

    /** Lambda's default batch size for SQS. */
    public static final int DEFAULT_BATCH_SIZE = 10;

    /**
     * Used when the template sets no {@code MaximumConcurrency}: Lambda's minimum for the setting.
     * Without it AWS scales pollers to the function's concurrency; the host caps pollers at that
     * anyway.
     */
    public static final int DEFAULT_MAXIMUM_CONCURRENCY = 2;

    private static final int MAX_BATCH_SIZE = 10_000;
    private static final int SQS_RECEIVE_LIMIT = 10;
    private static final Duration MAX_BATCHING_WINDOW = Duration.ofMinutes(5);

    public SqsEventSourceDefinition {
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(queueUrl, "queueUrl");
        Objects.requireNonNull(queueArn, "queueArn");
        Objects.requireNonNull(maximumBatchingWindow, "maximumBatchingWindow");
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("batchSize must be between 1 and 10000, was " + batchSize);
        }
        if (maximumBatchingWindow.isNegative() || maximumBatchingWindow.compareTo(MAX_BATCHING_WINDOW) > 0) {
            throw new IllegalArgumentException(
                    "maximumBatchingWindow must be between 0 and 300 s, was " + maximumBatchingWindow);
        }
        if (batchSize > SQS_RECEIVE_LIMIT && maximumBatchingWindow.isZero()) {
            throw new IllegalArgumentException(
                    "a batchSize above 10 needs a maximumBatchingWindow of at least 1 s, as on AWS");
        }
        if (maximumConcurrency < 2 || maximumConcurrency > 1000) {
            throw new IllegalArgumentException(
                    "maximumConcurrency must be between 2 and 1000, was " + maximumConcurrency);
        }
    }
}
