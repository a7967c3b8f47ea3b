package dev.tandem.functions.platform;

/**
 * An expected, passing condition (a concurrent duplicate still in progress, a provider that is
 * briefly unavailable, a throttled bus): the message fails so that SQS redelivers it later, and it
 * is logged as a warning without a stack trace.
 */
public final class RetryLaterException extends RuntimeException {

    public RetryLaterException(String message) {
        super(message);
    }

    public RetryLaterException(String message, Throwable cause) {
        super(message, cause);
    }
}
