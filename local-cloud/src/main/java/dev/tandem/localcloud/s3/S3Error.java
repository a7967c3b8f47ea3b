package dev.tandem.localcloud.s3;

/** The S3 errors that the gateway answers with itself, with S3's status codes and messages. */
enum S3Error {
    ACCESS_DENIED(403, "AccessDenied", "Access Denied"),
    INVALID_ACCESS_KEY_ID(
            403, "InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records."),
    SIGNATURE_DOES_NOT_MATCH(
            403,
            "SignatureDoesNotMatch",
            "The request signature we calculated does not match the signature you provided."
                    + " Check your key and signing method."),
    REQUEST_TIME_TOO_SKEWED(
            403, "RequestTimeTooSkewed", "The difference between the request time and the current time is too large."),
    AUTHORIZATION_HEADER_MALFORMED(400, "AuthorizationHeaderMalformed", "The authorization header is malformed."),
    CONTENT_SHA256_MISMATCH(
            400,
            "XAmzContentSHA256Mismatch",
            "The provided 'x-amz-content-sha256' header does not match what was computed."),
    MALFORMED_XML(
            400,
            "MalformedXML",
            "The XML you provided was not well-formed or did not validate against our published schema."),
    NO_SUCH_BUCKET(404, "NoSuchBucket", "The specified bucket does not exist"),
    METHOD_NOT_ALLOWED(405, "MethodNotAllowed", "The specified method is not allowed against this resource."),
    NOT_IMPLEMENTED(
            501,
            "NotImplemented",
            "local-cloud delivers S3 event notifications only through EventBridge (EventBridgeConfiguration).");

    private final int status;
    private final String code;
    private final String message;

    S3Error(int status, String code, String message) {
        this.status = status;
        this.code = code;
        this.message = message;
    }

    int status() {
        return status;
    }

    /** The error document S3 sends, for the resource (a path such as {@code /bucket}) the request addressed. */
    String toXml(String resource, String requestId) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + message
                + "</Message><Resource>" + Xml.escape(resource) + "</Resource><RequestId>" + requestId
                + "</RequestId></Error>";
    }
}
