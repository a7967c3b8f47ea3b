package dev.tandem.catalog.web;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Tells an AWS failure that says nothing about the request (throttling, a 5xx, no answer at all)
 * from one that does. The SDK has already retried the first kind with back-off by the time it
 * reaches the API, so the client is told to come back later: a 503, never a 500.
 *
 * <p>Throttling is what the SDK itself classifies as such ({@code ProvisionedThroughputExceeded},
 * {@code ThrottlingException}, {@code RequestLimitExceeded}, HTTP 429, ...), and a transaction that
 * DynamoDB cancelled because one of its items was throttled: see "Transactional errors" in
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html. Any
 * other 4xx from AWS means the service sent a request it should not have: that stays a 500.
 */
final class AwsUnavailability {

    private AwsUnavailability() {}

    static boolean isUnavailable(SdkException e) {
        return switch (e) {
            case SdkClientException unreachable -> true;
            case TransactionCanceledException cancelled -> throttled(cancelled);
            case AwsServiceException service -> service.isThrottlingException() || service.statusCode() >= 500;
            default -> e.retryable();
        };
    }

    /** For the log: what AWS said, and the request id to quote to AWS support. */
    static String describe(SdkException e) {
        if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            return service.awsErrorDetails().serviceName() + " answered " + service.statusCode() + " "
                    + service.awsErrorDetails().errorCode() + " (request id " + service.requestId() + ")";
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static boolean throttled(TransactionCanceledException e) {
        return e.hasCancellationReasons()
                && e.cancellationReasons().stream()
                        .map(CancellationReason::code)
                        .anyMatch(
                                code -> "ThrottlingError".equals(code) || "ProvisionedThroughputExceeded".equals(code));
    }
}
