package dev.tandem.localcloud.s3;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the AWS Signature Version 4 {@code Authorization} header of the S3 requests that local-cloud answers
 * itself instead of S3Proxy (a bucket's notification and CORS configurations), so that those are no less protected
 * than the ones S3Proxy checks. It recomputes the signature from the request, with the one key pair local-cloud
 * knows, and compares. Presigned (query-string) signatures are not accepted here.
 */
final class SigV4Verifier {

    private static final Pattern AUTHORIZATION =
            Pattern.compile("AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request,\\s*"
                    + "SignedHeaders=([a-z0-9;\\-]+),\\s*Signature=([0-9a-f]{64})");
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Duration MAX_SKEW = Duration.ofMinutes(15);
    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final String accessKeyId;
    private final String secretAccessKey;
    private final String region;
    private final Clock clock;

    SigV4Verifier(String accessKeyId, String secretAccessKey, String region, Clock clock) {
        this.accessKeyId = accessKeyId;
        this.secretAccessKey = secretAccessKey;
        this.region = region;
        this.clock = clock;
    }

    /** What is wrong with the request's signature, or nothing if it is valid. */
    Optional<S3Error> check(SignedRequest request) {
        Optional<String> authorization = request.header("authorization");
        Optional<String> amzDate = request.header("x-amz-date");
        if (authorization.isEmpty() || amzDate.isEmpty()) {
            return Optional.of(S3Error.ACCESS_DENIED);
        }
        Matcher auth = AUTHORIZATION.matcher(authorization.get());
        if (!auth.matches()) {
            return Optional.of(S3Error.AUTHORIZATION_HEADER_MALFORMED);
        }
        if (!auth.group(1).equals(accessKeyId)) {
            return Optional.of(S3Error.INVALID_ACCESS_KEY_ID);
        }
        if (!auth.group(3).equals(region)
                || !auth.group(4).equals("s3")
                || !amzDate.get().startsWith(auth.group(2))) {
            return Optional.of(S3Error.AUTHORIZATION_HEADER_MALFORMED);
        }
        if (isSkewed(amzDate.get())) {
            return Optional.of(S3Error.REQUEST_TIME_TOO_SKEWED);
        }
        String payloadHash = request.header("x-amz-content-sha256").orElse(hex(sha256(request.body())));
        if (HEX_SHA256.matcher(payloadHash).matches() && !payloadHash.equals(hex(sha256(request.body())))) {
            return Optional.of(S3Error.CONTENT_SHA256_MISMATCH);
        }
        List<String> signedHeaders = List.of(auth.group(5).split(";"));
        String canonicalRequest = CanonicalRequest.of(request, signedHeaders, payloadHash);
        String scope = auth.group(2) + "/" + region + "/s3/aws4_request";
        String stringToSign = "AWS4-HMAC-SHA256\n" + amzDate.get() + "\n" + scope + "\n"
                + hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        byte[] expected = hmac(signingKey(auth.group(2)), stringToSign);
        byte[] provided = HexFormat.of().parseHex(auth.group(6));
        return MessageDigest.isEqual(expected, provided)
                ? Optional.empty()
                : Optional.of(S3Error.SIGNATURE_DOES_NOT_MATCH);
    }

    private boolean isSkewed(String amzDate) {
        try {
            Instant signedAt = AMZ_DATE.parse(amzDate, Instant::from);
            return Duration.between(signedAt, clock.instant()).abs().compareTo(MAX_SKEW) > 0;
        } catch (DateTimeParseException e) {
            return true;
        }
    }

    private byte[] signingKey(String date) {
        byte[] key = hmac(("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, region);
        key = hmac(key, "s3");
        return hmac(key, "aws4_request");
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
