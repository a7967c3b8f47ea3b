package dev.tandem.localcloud.edge.sigv4;

import dev.tandem.localcloud.edge.request.AwsRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Signature Version 4 signature says of itself, from the {@code Authorization} header or a presigned URL's
 * {@code X-Amz-*} query parameters
 * (https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html).
 *
 * @param date the credential scope's date, {@code yyyyMMdd}
 * @param amzDate when the request was signed, {@code yyyyMMdd'T'HHmmss'Z'}
 * @param expires how long a presigned URL is valid; empty for a signature in the header
 * @param signedQuery the raw query the signature covers: a presigned URL's without its {@code X-Amz-Signature}
 */
record SignatureParts(
        String accessKeyId,
        String date,
        String region,
        String service,
        List<String> signedHeaders,
        String signature,
        String amzDate,
        Optional<Duration> expires,
        String signedQuery) {

    private static final Pattern AUTHORIZATION =
            Pattern.compile("AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request,\\s*"
                    + "SignedHeaders=([a-z0-9;\\-]+),\\s*Signature=([0-9a-f]{64})");
    private static final Pattern CREDENTIAL = Pattern.compile("([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request");
    private static final Pattern SCOPE_SERVICE = Pattern.compile("Credential=[^/]+/\\d{8}/[^/]+/([^/]+)/");
    private static final Pattern SIGNATURE = Pattern.compile("[0-9a-f]{64}");
    /** A presigned URL is valid for at most seven days. */
    private static final long MAX_EXPIRES_SECONDS = 604_800;

    /** The service a request's credential scope names, read before anything is checked, to route the request. */
    static Optional<String> scopeService(Optional<String> authorization, Optional<String> credentialParameter) {
        if (authorization.isPresent()) {
            Matcher scope = SCOPE_SERVICE.matcher(authorization.get());
            return scope.find() ? Optional.of(scope.group(1)) : Optional.empty();
        }
        return credentialParameter
                .map(CREDENTIAL::matcher)
                .filter(Matcher::matches)
                .map(credential -> credential.group(4));
    }

    /**
     * The signature of {@code request}.
     *
     * @throws SignatureRefusal if the request is not signed, or its signature is not in SigV4's form
     */
    static SignatureParts of(AwsRequest request) {
        Optional<String> authorization = request.header("authorization");
        if (authorization.isPresent()) {
            Matcher auth = AUTHORIZATION.matcher(authorization.get());
            String amzDate = request.header("x-amz-date").orElse("");
            if (!auth.matches() || amzDate.isEmpty()) {
                throw new SignatureRefusal(SignatureProblem.MALFORMED);
            }
            return new SignatureParts(
                    auth.group(1),
                    auth.group(2),
                    auth.group(3),
                    auth.group(4),
                    List.of(auth.group(5).split(";")),
                    auth.group(6),
                    amzDate,
                    Optional.empty(),
                    request.rawQuery());
        }
        if (request.queryParameter("X-Amz-Algorithm").isEmpty()) {
            throw new SignatureRefusal(SignatureProblem.MISSING);
        }
        return presigned(request);
    }

    private static SignatureParts presigned(AwsRequest request) {
        Matcher credential =
                CREDENTIAL.matcher(request.queryParameter("X-Amz-Credential").orElse(""));
        String signature = request.queryParameter("X-Amz-Signature").orElse("");
        String signedHeaders = request.queryParameter("X-Amz-SignedHeaders").orElse("");
        Optional<Long> expires = request.queryParameter("X-Amz-Expires").flatMap(SignatureParts::seconds);
        if (!request.queryParameter("X-Amz-Algorithm").orElseThrow().equals("AWS4-HMAC-SHA256")
                || !credential.matches()
                || !SIGNATURE.matcher(signature).matches()
                || signedHeaders.isEmpty()
                || expires.filter(seconds -> seconds > 0 && seconds <= MAX_EXPIRES_SECONDS)
                        .isEmpty()) {
            throw new SignatureRefusal(SignatureProblem.MALFORMED);
        }
        return new SignatureParts(
                credential.group(1),
                credential.group(2),
                credential.group(3),
                credential.group(4),
                List.of(signedHeaders.split(";")),
                signature,
                request.queryParameter("X-Amz-Date").orElse(""),
                expires.map(Duration::ofSeconds),
                CanonicalRequest.without(request.rawQuery(), "X-Amz-Signature"));
    }

    boolean presigned() {
        return expires.isPresent();
    }

    private static Optional<Long> seconds(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
