package dev.tandem.localcloud.lambda;

import java.time.Duration;
import java.util.Objects;

/**
 * How an asynchronous ({@code Event}) invocation is retried when the function fails, as
 * {@code AWS::Lambda::EventInvokeConfig} configures it: at most {@code maximumRetryAttempts} retries
 * (0 to 2), none once the event is older than {@code maximumEventAge}. Lambda waits about a minute
 * before the first retry and two before the second; {@code firstRetryDelay} is that first wait,
 * and each further one doubles it.
 */
public record AsyncInvokeConfig(int maximumRetryAttempts, Duration maximumEventAge, Duration firstRetryDelay) {

    /** Lambda's defaults: two retries, events kept up to six hours, one minute before the first retry. */
    public static final AsyncInvokeConfig DEFAULTS =
            new AsyncInvokeConfig(2, Duration.ofHours(6), Duration.ofMinutes(1));

    private static final int MAX_RETRY_ATTEMPTS = 2;

    public AsyncInvokeConfig {
        if (maximumRetryAttempts < 0 || maximumRetryAttempts > MAX_RETRY_ATTEMPTS) {
            throw new IllegalArgumentException(
                    "maximumRetryAttempts must be between 0 and 2, was " + maximumRetryAttempts);
        }
        Objects.requireNonNull(maximumEventAge, "maximumEventAge");
        Objects.requireNonNull(firstRetryDelay, "firstRetryDelay");
        if (maximumEventAge.isNegative() || maximumEventAge.isZero()) {
            throw new IllegalArgumentException("maximumEventAge must be positive, was " + maximumEventAge);
        }
        if (firstRetryDelay.isNegative()) {
            throw new IllegalArgumentException("firstRetryDelay must not be negative, was " + firstRetryDelay);
        }
    }

    /** The wait before retry number {@code retry} (1 for the first retry). */
    Duration delayBeforeRetry(int retry) {
        return firstRetryDelay.multipliedBy(1L << (retry - 1));
    }
}
