package dev.tandem.infra;

import software.amazon.awscdk.Duration;

/**
 * Sizing of each Lambda function and of the SQS event source that feeds it. The messaging stack
 * reads the timeouts too: a queue's visibility timeout must be at least six times its consumer's
 * timeout, so that a batch still being retried inside Lambda is not handed out a second time.
 *
 * <p>Memory and timeout come from the functions' benchmark (see the README): the resizer decodes a
 * 40 MP JPEG within a 1024 MB heap budget and takes well under a second per 12 MP image warm, so 60
 * s leaves room for a cold start plus a full batch; the payment processor is I/O-bound.
 *
 * <p>Maximum concurrency: a new account's Lambda concurrency quota can be as low as 10 (see {@link
 * #NEW_ACCOUNT_CONCURRENCY}), and SQS event sources that together may run more copies than that
 * get throttled, so their messages return to the queue and, after five receives, land in the DLQ
 * without a fault of their own. The two event sources together stay at 8, leaving 2 for CDK's
 * helper functions during a deployment; 2 is the least an SQS event source accepts. A sandbox's
 * traffic needs no more; raise both with the account's quota.
 */
enum FunctionSpec {
    IMAGE_RESIZER("image-resizer", 1024, Duration.seconds(60), 5, 3),
    PAYMENT_PROCESSOR("payment-processor", 512, Duration.seconds(15), 10, 5);

    /**
     * The concurrent executions a new account may get until it asks for more: "new accounts may
     * have a lower quota" than the default 1,000,
     * https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html. Check yours with
     * {@code aws lambda get-account-settings --query AccountLimit.ConcurrentExecutions}.
     */
    static final int NEW_ACCOUNT_CONCURRENCY = 10;

    private final String shortName;
    private final int memoryMb;
    private final Duration timeout;
    private final int batchSize;
    private final int maxConcurrency;

    FunctionSpec(String shortName, int memoryMb, Duration timeout, int batchSize, int maxConcurrency) {
        this.shortName = shortName;
        this.memoryMb = memoryMb;
        this.timeout = timeout;
        this.batchSize = batchSize;
        this.maxConcurrency = maxConcurrency;
    }

    String shortName() {
        return shortName;
    }

    int memoryMb() {
        return memoryMb;
    }

    Duration timeout() {
        return timeout;
    }

    int batchSize() {
        return batchSize;
    }

    /** The event source's maximum concurrency: caps how many copies SQS can keep busy at once. */
    int maxConcurrency() {
        return maxConcurrency;
    }

    /** Six times the timeout, the visibility AWS recommends for a queue feeding this function. */
    Duration queueVisibilityTimeout() {
        return Duration.seconds(timeout.toSeconds().longValue() * 6);
    }
}
