package dev.tandem.localcloud.eventbridge.delivery;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long local EventBridge waits before it retries a failed delivery: exponential back-off from {@code
 * initialDelay}, capped at {@code maximumDelay}, with jitter. AWS does not publish its own timings (it retries for
 * up to a day); these are configurable so that tests can watch a retry-then-dead-letter cycle in well under a
 * second.
 */
public record RetryBackoff(Duration initialDelay, Duration maximumDelay) {

    public RetryBackoff {
        if (initialDelay.isNegative() || initialDelay.isZero()) {
            throw new IllegalArgumentException("initialDelay must be positive, was " + initialDelay);
        }
        if (maximumDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("maximumDelay must not be shorter than initialDelay");
        }
    }

    /** One second, doubling up to one minute: gentle enough for a long-running local stack. */
    public static RetryBackoff standard() {
        return new RetryBackoff(Duration.ofSeconds(1), Duration.ofMinutes(1));
    }

    /**
     * The delay before retry number {@code retry} (1 for the first retry): the exponential step, of which a random
     * half is kept, so that deliveries that failed together do not all retry in the same instant.
     */
    public Duration delayBefore(int retry) {
        long initialMillis = initialDelay.toMillis();
        int doublings = Math.min(Math.max(retry - 1, 0), 30);
        long step = Math.min(maximumDelay.toMillis(), initialMillis << doublings);
        long half = step / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }
}
