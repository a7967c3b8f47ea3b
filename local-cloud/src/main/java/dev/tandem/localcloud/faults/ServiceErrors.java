package dev.tandem.localcloud.faults;

import dev.tandem.localcloud.edge.fault.Fault;
import java.util.Map;
import java.util.Set;

/**
 * Turns the error a rule asks for into the status and code the service itself answers with, so that the SDKs'
 * retry logic sees what it would see on AWS. A rule names either a general kind of failure (throttling, an internal
 * error, unavailability, or a bare 500 or 503), which each service words its own way, or a code only one service has.
 *
 * <p>Sources, per service: S3, https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html (500 {@code
 * InternalError}, 503 {@code SlowDown}, 503 {@code ServiceUnavailable}); DynamoDB,
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html (400 {@code
 * ProvisionedThroughputExceededException}, {@code ThrottlingException} and {@code RequestLimitExceeded}, 500 {@code
 * InternalServerError}, 503 {@code ServiceUnavailable}); SQS, EventBridge and CloudWatch, their Common Errors pages,
 * e.g. https://docs.aws.amazon.com/eventbridge/latest/APIReference/CommonErrors.html (500 {@code InternalFailure},
 * 503 {@code ServiceUnavailable}, 400 {@code ThrottlingException}); Lambda,
 * https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html (429 {@code TooManyRequestsException}, 500 {@code
 * ServiceException}).
 */
final class ServiceErrors {

    /** The IAM prefixes of the services the edge fronts. */
    static final Set<String> SERVICES = Set.of("s3", "sqs", "dynamodb", "events", "cloudwatch", "lambda");

    private enum Kind {
        THROTTLING,
        INTERNAL,
        UNAVAILABLE
    }

    private static final Map<String, Kind> GENERAL = Map.of(
            "ThrottlingException", Kind.THROTTLING,
            "InternalFailure", Kind.INTERNAL,
            "InternalError", Kind.INTERNAL,
            "InternalServerError", Kind.INTERNAL,
            "500", Kind.INTERNAL,
            "ServiceUnavailable", Kind.UNAVAILABLE,
            "503", Kind.UNAVAILABLE);

    private static final Map<String, Map<String, Fault.ErrorReply>> SERVICE_OWN = Map.of(
            "dynamodb",
                    Map.of(
                            "ProvisionedThroughputExceededException",
                            new Fault.ErrorReply(
                                    400,
                                    "ProvisionedThroughputExceededException",
                                    "The level of configured provisioned throughput for the table was exceeded."),
                            "RequestLimitExceeded",
                            new Fault.ErrorReply(
                                    400,
                                    "RequestLimitExceeded",
                                    "Throughput exceeds the current throughput limit for your account.")),
            "s3", Map.of("SlowDown", slowDown()));

    private ServiceErrors() {}

    /**
     * The reply {@code service} gives for {@code code}.
     *
     * @throws IllegalArgumentException if the service does not know the code, naming the codes it does know
     */
    static Fault.ErrorReply reply(String service, String code) {
        Fault.ErrorReply own = SERVICE_OWN.getOrDefault(service, Map.of()).get(code);
        if (own != null) {
            return own;
        }
        Kind kind = GENERAL.get(code);
        if (kind == null) {
            throw new IllegalArgumentException("'" + code + "' is not an error local-cloud can inject into " + service
                    + "; use one of ThrottlingException, InternalFailure, InternalError, InternalServerError,"
                    + " ServiceUnavailable, 500, 503"
                    + SERVICE_OWN.getOrDefault(service, Map.of()).keySet().stream()
                            .sorted()
                            .map(name -> ", " + name)
                            .reduce("", String::concat));
        }
        return switch (kind) {
            case THROTTLING -> throttling(service);
            case INTERNAL -> internal(service);
            case UNAVAILABLE -> new Fault.ErrorReply(503, "ServiceUnavailable", "The service is unavailable.");
        };
    }

    private static Fault.ErrorReply throttling(String service) {
        return switch (service) {
            case "s3" -> slowDown();
            case "lambda" -> new Fault.ErrorReply(429, "TooManyRequestsException", "Rate Exceeded.");
            case "dynamodb" ->
                new Fault.ErrorReply(400, "ThrottlingException", "Rate of requests exceeds the allowed throughput.");
            default -> new Fault.ErrorReply(400, "ThrottlingException", "Rate exceeded");
        };
    }

    private static Fault.ErrorReply internal(String service) {
        return switch (service) {
            case "s3" ->
                new Fault.ErrorReply(500, "InternalError", "We encountered an internal error. Please try again.");
            case "dynamodb" -> new Fault.ErrorReply(500, "InternalServerError", "Internal server error");
            case "lambda" ->
                new Fault.ErrorReply(500, "ServiceException", "The AWS Lambda service encountered an internal error.");
            default ->
                new Fault.ErrorReply(
                        500, "InternalFailure", "The request processing has failed because of an unknown error.");
        };
    }

    private static Fault.ErrorReply slowDown() {
        return new Fault.ErrorReply(503, "SlowDown", "Please reduce your request rate.");
    }
}
