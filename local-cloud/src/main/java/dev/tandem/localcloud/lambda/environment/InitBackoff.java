package dev.tandem.localcloud.lambda.environment;

import dev.tandem.localcloud.lambda.runtime.FunctionError;
import dev.tandem.localcloud.lambda.runtime.FunctionInitException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a function whose initialisation failed from being restarted in a tight loop: the failure
 * is logged once, with its stack trace, and for the retry interval after it every invocation
 * fails at once with that error instead of starting another JVM that would fail the same way.
 */
final class InitBackoff {

    private static final Logger log = LoggerFactory.getLogger(InitBackoff.class);

    private final String functionName;
    private final Duration retryInterval;
    private volatile Failure last;

    private record Failure(FunctionError error, Instant at) {}

    InitBackoff(String functionName, Duration retryInterval) {
        this.functionName = functionName;
        this.retryInterval = retryInterval;
    }

    FunctionInitException failed(FunctionError error) {
        Instant now = Instant.now();
        last = new Failure(error, now);
        log.error(
                "{} failed to initialise; no new attempt before {}: {}",
                functionName,
                now.plus(retryInterval),
                error.describe());
        return new FunctionInitException(functionName, error);
    }

    void succeeded() {
        last = null;
    }

    /** The error to fail an invocation with while no new attempt is due, or empty if one may start. */
    Optional<FunctionError> blockingError() {
        Failure failure = last;
        if (failure == null) {
            return Optional.empty();
        }
        Duration sinceFailure = Duration.between(failure.at(), Instant.now());
        Duration untilRetry = retryInterval.minus(sinceFailure);
        if (untilRetry.isNegative() || untilRetry.isZero()) {
            return Optional.empty();
        }
        String message = "function " + functionName + " failed to initialise " + sinceFailure.toSeconds()
                + " s ago and is not started again for another " + (untilRetry.toSeconds() + 1) + " s: "
                + failure.error().errorMessage();
        return Optional.of(new FunctionError(
                failure.error().errorType(), message, failure.error().stackTrace()));
    }
}
