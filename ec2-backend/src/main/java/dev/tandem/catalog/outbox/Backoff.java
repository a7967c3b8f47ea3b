package dev.tandem.catalog.outbox;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential back-off with jitter: after the n-th consecutive failure, a pause drawn between half
 * and all of {@code initial * 2^(n-1)}, capped at {@code max}. The jitter keeps several instances
 * that failed together from retrying together. Not thread-safe; one relay loop owns it.
 */
final class Backoff {

    private final Duration initial;
    private final Duration max;
    private int failures;

    Backoff(Duration initial, Duration max) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max, got " + initial + " and " + max);
        }
        this.initial = initial;
        this.max = max;
    }

    /** Records a failure and returns how long to wait before the next attempt. */
    Duration nextDelayAfterFailure() {
        failures++;
        long ceiling = ceilingMillis(failures);
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
    }

    void reset() {
        failures = 0;
    }

    int consecutiveFailures() {
        return failures;
    }

    private long ceilingMillis(int attempt) {
        int doublings = Math.min(attempt - 1, 30);
        long candidate = initial.toMillis() << doublings;
        return candidate <= 0 ? max.toMillis() : Math.min(candidate, max.toMillis());
    }
}
