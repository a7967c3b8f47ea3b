package dev.tandem.localcloud.s3;

/**
 * An error that local-cloud's S3 gateway answers with itself, with S3's status code, error code and message, so
 * that the SDK turns it into the same {@code S3Exception} it would get from S3.
 */
record S3Error(int status, String code, String message) {

    static final S3Error MALFORMED_XML = new S3Error(
            400,
            "MalformedXML",
            "The XML you provided was not well-formed or did not validate against our published schema.");
    static final S3Error NO_SUCH_BUCKET = new S3Error(404, "NoSuchBucket", "The specified bucket does not exist");
    static final S3Error NO_SUCH_CORS_CONFIGURATION =
            new S3Error(404, "NoSuchCORSConfiguration", "The CORS configuration does not exist");
    static final S3Error METHOD_NOT_ALLOWED =
            new S3Error(405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
    static final S3Error NOT_IMPLEMENTED = new S3Error(
            501,
            "NotImplemented",
            "local-cloud delivers S3 event notifications only through EventBridge (EventBridgeConfiguration).");

    /** S3's {@code InvalidRequest}, whose message names what in the request S3 does not accept. */
    static S3Error invalidRequest(String message) {
        return new S3Error(400, "InvalidRequest", message);
    }

    /** The document S3 sends, for the resource (a path such as {@code /bucket}) the request addressed. */
    String toXml(String resource, String requestId) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
                + Xml.escape(message) + "</Message><Resource>" + Xml.escape(resource) + "</Resource><RequestId>"
                + requestId + "</RequestId></Error>";
    }
}
