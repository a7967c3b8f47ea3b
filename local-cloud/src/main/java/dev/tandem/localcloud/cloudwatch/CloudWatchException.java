package dev.tandem.localcloud.cloudwatch;

/**
 * A request-level error, answered as CloudWatch answers it: an HTTP status, the error's shape name in the body's
 * {@code __type} (from which the SDK picks the exception class, e.g. {@code InvalidParameterValueException}), and,
 * because CloudWatch still honours clients of its older Query protocol, the Query error code in the {@code
 * x-amzn-query-error} header.
 */
final class CloudWatchException extends RuntimeException {

    private final String shape;
    private final String queryCode;
    private final int status;

    private CloudWatchException(String shape, String queryCode, int status, String message) {
        super(message);
        this.shape = shape;
        this.queryCode = queryCode;
        this.status = status;
    }

    static CloudWatchException invalidValue(String message) {
        return new CloudWatchException("InvalidParameterValueException", "InvalidParameterValue", 400, message);
    }

    static CloudWatchException missingParameter(String parameter) {
        return new CloudWatchException(
                "MissingRequiredParameterException",
                "MissingParameter",
                400,
                "The parameter " + parameter + " is required.");
    }

    static CloudWatchException invalidCombination(String message) {
        return new CloudWatchException(
                "InvalidParameterCombinationException", "InvalidParameterCombination", 400, message);
    }

    /** A request that is not Smithy RPC v2 CBOR at all, or names an operation local-cloud does not offer. */
    static CloudWatchException badRequest(String message) {
        return new CloudWatchException("InvalidParameterValueException", "InvalidAction", 400, message);
    }

    String shape() {
        return shape;
    }

    /** The {@code x-amzn-query-error} header value: the Query error code, then who is at fault. */
    String queryError() {
        return queryCode + ";Sender";
    }

    int status() {
        return status;
    }
}
