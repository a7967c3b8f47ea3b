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
 */
enum FunctionSpec {
    IMAGE_RESIZER("image-resizer", 1024, Duration.seconds(60), 5, 4),
    PAYMENT_PROCESSOR("payment-processor", 512, Duration.seconds(15), 10, 10);

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
