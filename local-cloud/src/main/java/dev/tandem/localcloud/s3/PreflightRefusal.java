package dev.tandem.localcloud.s3;

/**
 * Why S3 refuses a CORS preflight, with the message it gives. Every refusal is a 403 {@code AccessForbidden}; a
 * browser reads none of it, but a developer running {@code curl} learns which of the three it was.
 */
enum PreflightRefusal {
    BUCKET_NOT_FOUND("CORSResponse: Bucket not found"),
    CORS_NOT_ENABLED("CORSResponse: CORS is not enabled for this bucket."),
    // "evalution" is S3's spelling.
    NO_RULE_ADMITS("CORSResponse: This CORS request is not allowed. This is usually because the evalution of Origin,"
            + " request method / Access-Control-Request-Method or Access-Control-Request-Headers are not"
            + " whitelisted by the resource's CORS spec.");

    static final int STATUS = 403;

    private final String message;

    PreflightRefusal(String message) {
        this.message = message;
    }

    /**
     * The document S3 sends, which names the method the preflight asked about and whether it addressed a bucket
     * ({@code BUCKET}) or an object in one ({@code OBJECT}).
     */
    String toXml(String method, String resourceType, String requestId) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessForbidden</Code><Message>"
                + Xml.escape(message) + "</Message><Method>" + Xml.escape(method) + "</Method><ResourceType>"
                + resourceType + "</ResourceType><RequestId>" + requestId + "</RequestId></Error>";
    }
}
