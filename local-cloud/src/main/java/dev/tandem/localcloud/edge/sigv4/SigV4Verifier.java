package dev.tandem.localcloud.edge.sigv4;

import dev.tandem.localcloud.edge.request.AwsRequest;
import dev.tandem.localcloud.iam.policy.Principal;
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
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a request's Signature Version 4 signature, in the header or presigned, as AWS does
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv.html): it recomputes the signature with the
 * secret of the access key the request names and compares. It also refuses a request signed more than 15 minutes
 * away from now, a presigned URL past its {@code X-Amz-Expires}, a scope for another region, and an S3 body whose
 * {@code x-amz-content-sha256} is not its hash.
 */
public final class SigV4Verifier {

    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Duration MAX_SKEW = Duration.ofMinutes(15);
    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** S3's payload hashes that are not a hash: an unsigned body, or aws-chunked ones signed chunk by chunk. */
    private static final Pattern S3_PAYLOAD_MARKER = Pattern.compile("UNSIGNED-PAYLOAD|STREAMING-[A-Z0-9-]+");

    private final AccessKeys keys;
    private final String region;
    private final Clock clock;

    /** @param region the only region a signature may be scoped to */
    public SigV4Verifier(AccessKeys keys, String region, Clock clock) {
        this.keys = keys;
        this.region = region;
        this.clock = clock;
    }

    /**
     * The service a request's credential scope names, read from its {@code Authorization} header or its {@code
     * X-Amz-Credential} parameter before anything is checked, to route the request.
     */
    public static Optional<String> scopeService(Optional<String> authorization, Optional<String> credentialParameter) {
        return SignatureParts.scopeService(authorization, credentialParameter);
    }

    /**
     * Who signed {@code request}.
     *
     * @throws SignatureRefusal if the signature is missing, malformed, stale or wrong, or names an unknown key
     */
    public Principal verify(AwsRequest request) {
        SignatureParts signature = SignatureParts.of(request);
        AccessKeys.Key key = keys.find(signature.accessKeyId())
                .orElseThrow(() -> new SignatureRefusal(SignatureProblem.UNKNOWN_KEY));
        if (!signature.region().equals(region)) {
            throw new SignatureRefusal(SignatureProblem.WRONG_REGION);
        }
        if (!signature.amzDate().startsWith(signature.date())
                || !signature.service().equals(request.service())) {
            throw new SignatureRefusal(SignatureProblem.MALFORMED);
        }
        checkTime(signature);
        String canonicalRequest = CanonicalRequest.of(
                request,
                signature.signedQuery(),
                signature.signedHeaders(),
                payloadHash(request, signature),
                request.service().equals("s3"));
        String scope = signature.date() + "/" + region + "/" + signature.service() + "/aws4_request";
        String stringToSign = "AWS4-HMAC-SHA256\n" + signature.amzDate() + "\n" + scope + "\n"
                + hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        byte[] expected = hmac(signingKey(key.secretAccessKey(), signature), stringToSign);
        byte[] provided = HexFormat.of().parseHex(signature.signature());
        if (!MessageDigest.isEqual(expected, provided)) {
            throw new SignatureRefusal(SignatureProblem.MISMATCH);
        }
        return key.principal();
    }

    private void checkTime(SignatureParts signature) {
        Instant signedAt;
        try {
            signedAt = AMZ_DATE.parse(signature.amzDate(), Instant::from);
        } catch (DateTimeParseException e) {
            throw new SignatureRefusal(SignatureProblem.MALFORMED);
        }
        Instant now = clock.instant();
        if (signature.expires().isPresent()) {
            if (now.isAfter(signedAt.plus(signature.expires().get()))) {
                throw new SignatureRefusal(SignatureProblem.EXPIRED);
            }
            if (signedAt.isAfter(now.plus(MAX_SKEW))) {
                throw new SignatureRefusal(SignatureProblem.SKEWED);
            }
        } else if (Duration.between(signedAt, now).abs().compareTo(MAX_SKEW) > 0) {
            throw new SignatureRefusal(SignatureProblem.SKEWED);
        }
    }

    /**
     * The payload hash the signature covers. S3 takes it from {@code x-amz-content-sha256} (a presigned URL's
     * payload is unsigned) and, when it is a hash, checks the body against it; other services sign the body's hash.
     */
    private static String payloadHash(AwsRequest request, SignatureParts signature) {
        String bodyHash = hex(sha256(request.body()));
        if (!request.service().equals("s3")) {
            return bodyHash;
        }
        String declared = request.header("x-amz-content-sha256")
                .or(() -> request.queryParameter("X-Amz-Content-Sha256"))
                .orElse(signature.presigned() ? "UNSIGNED-PAYLOAD" : bodyHash);
        if (HEX_SHA256.matcher(declared).matches()) {
            if (!declared.equals(bodyHash)) {
                throw new SignatureRefusal(SignatureProblem.CONTENT_HASH_MISMATCH);
            }
        } else if (!S3_PAYLOAD_MARKER.matcher(declared).matches()) {
            throw new SignatureRefusal(SignatureProblem.MALFORMED);
        }
        return declared;
    }

    private byte[] signingKey(String secretAccessKey, SignatureParts signature) {
        byte[] key = hmac(("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8), signature.date());
        key = hmac(key, region);
        key = hmac(key, signature.service());
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

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
