package dev.tandem.localcloud.edge.sigv4;

import dev.tandem.localcloud.edge.fault.Fault;
import java.util.Map;

/**
 * Why the edge refused a request's signature, and how each service says so: its HTTP status, error code and
 * message. The codes are the services' own: S3's in "Error responses"
 * (https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html), the JSON services' common errors (e.g.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/CommonErrors.html), and the Query-compatible ones
 * of SQS and CloudWatch (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/CommonErrors.html).
 */
public enum SignatureProblem {
    /** No signature at all, on a request only S3 would take anonymously: a bucket that is never public here. */
    MISSING(
            new Fault.ErrorReply(403, "AccessDenied", "Access Denied"),
            new Fault.ErrorReply(400, "MissingAuthenticationTokenException", "Missing Authentication Token"),
            new Fault.ErrorReply(403, "MissingAuthenticationToken", "Request is missing Authentication Token")),
    MALFORMED(
            new Fault.ErrorReply(400, "AuthorizationHeaderMalformed", "The authorization header is malformed."),
            new Fault.ErrorReply(400, "IncompleteSignatureException", "The request signature is malformed."),
            new Fault.ErrorReply(400, "IncompleteSignature", "The request signature is malformed.")),
    WRONG_REGION(
            new Fault.ErrorReply(
                    400, "AuthorizationHeaderMalformed", "The authorization header is malformed; the region is wrong."),
            new Fault.ErrorReply(400, "InvalidSignatureException", "Credential should be scoped to a valid region."),
            new Fault.ErrorReply(403, "SignatureDoesNotMatch", "Credential should be scoped to a valid region.")),
    UNKNOWN_KEY(
            new Fault.ErrorReply(
                    403, "InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records."),
            new Fault.ErrorReply(
                    400, "UnrecognizedClientException", "The security token included in the request is invalid."),
            new Fault.ErrorReply(
                    403, "InvalidClientTokenId", "The security token included in the request is invalid.")),
    MISMATCH(
            new Fault.ErrorReply(
                    403,
                    "SignatureDoesNotMatch",
                    "The request signature we calculated does not match the signature you provided."
                            + " Check your key and signing method."),
            new Fault.ErrorReply(
                    400,
                    "InvalidSignatureException",
                    "The request signature we calculated does not match the signature you provided."
                            + " Check your AWS Secret Access Key and signing method."),
            new Fault.ErrorReply(
                    403,
                    "SignatureDoesNotMatch",
                    "The request signature we calculated does not match the signature you provided.")),
    SKEWED(
            new Fault.ErrorReply(
                    403,
                    "RequestTimeTooSkewed",
                    "The difference between the request time and the current time is too large."),
            new Fault.ErrorReply(
                    400, "InvalidSignatureException", "Signature expired: the request time is too skewed."),
            new Fault.ErrorReply(403, "SignatureDoesNotMatch", "Signature expired: the request time is too skewed.")),
    EXPIRED(
            new Fault.ErrorReply(403, "AccessDenied", "Request has expired"),
            new Fault.ErrorReply(400, "InvalidSignatureException", "Signature expired: the presigned URL has expired."),
            new Fault.ErrorReply(403, "SignatureDoesNotMatch", "Signature expired: the presigned URL has expired.")),
    CONTENT_HASH_MISMATCH(
            new Fault.ErrorReply(
                    400,
                    "XAmzContentSHA256Mismatch",
                    "The provided 'x-amz-content-sha256' header does not match what was computed."),
            MISMATCH.json,
            MISMATCH.query);

    /** Lambda answers 403 where DynamoDB and EventBridge answer 400. */
    private static final Map<String, Integer> JSON_STATUS = Map.of("lambda", 403);

    private final Fault.ErrorReply s3;
    private final Fault.ErrorReply json;
    private final Fault.ErrorReply query;

    SignatureProblem(Fault.ErrorReply s3, Fault.ErrorReply json, Fault.ErrorReply query) {
        this.s3 = s3;
        this.json = json;
        this.query = query;
    }

    /** The refusal as {@code service} (a credential scope's service name) words it. */
    public Fault.ErrorReply reply(String service) {
        return switch (service) {
            case "s3" -> s3;
            case "sqs", "monitoring" -> query;
            default ->
                new Fault.ErrorReply(JSON_STATUS.getOrDefault(service, json.status()), json.code(), json.message());
        };
    }
}
