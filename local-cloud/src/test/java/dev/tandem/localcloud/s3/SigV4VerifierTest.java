package dev.tandem.localcloud.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** The verifier must accept exactly what the AWS SDK's own signer produces, and nothing changed after signing. */
class SigV4VerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final String BODY =
            "<NotificationConfiguration><EventBridgeConfiguration/></NotificationConfiguration>";

    private final SigV4Verifier verifier =
            new SigV4Verifier("LOCALKEY", "local-secret", "us-east-1", Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void acceptsARequestTheSdkSigned() {
        assertThat(verifier.check(signed("LOCALKEY", "local-secret", "/uploads", BODY)))
                .isEmpty();
    }

    @Test
    void refusesARequestForAnotherBucketThanTheOneSigned() {
        SignedRequest request = signed("LOCALKEY", "local-secret", "/uploads", BODY);
        SignedRequest redirected =
                new SignedRequest(request.method(), "/other", request.rawQuery(), request.headers(), request.body());

        assertThat(verifier.check(redirected)).contains(S3Error.SIGNATURE_DOES_NOT_MATCH);
    }

    @Test
    void refusesASignatureMadeWithAnotherSecret() {
        assertThat(verifier.check(signed("LOCALKEY", "guessed", "/uploads", BODY)))
                .contains(S3Error.SIGNATURE_DOES_NOT_MATCH);
    }

    @Test
    void refusesAnAccessKeyItDoesNotKnow() {
        assertThat(verifier.check(signed("SOMEONEELSE", "local-secret", "/uploads", BODY)))
                .contains(S3Error.INVALID_ACCESS_KEY_ID);
    }

    @Test
    void refusesABodyThatIsNotTheOneSigned() {
        SignedRequest request = signed("LOCALKEY", "local-secret", "/uploads", BODY);
        SignedRequest swapped = new SignedRequest(
                request.method(),
                request.rawPath(),
                request.rawQuery(),
                request.headers(),
                "<NotificationConfiguration/>".getBytes(StandardCharsets.UTF_8));

        assertThat(verifier.check(swapped)).contains(S3Error.CONTENT_SHA256_MISMATCH);
    }

    @Test
    void refusesASignatureFromLongAgo() {
        SigV4Verifier anHourLater = new SigV4Verifier(
                "LOCALKEY", "local-secret", "us-east-1", Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC));

        assertThat(anHourLater.check(signed("LOCALKEY", "local-secret", "/uploads", BODY)))
                .contains(S3Error.REQUEST_TIME_TOO_SKEWED);
    }

    @Test
    void refusesAnUnsignedRequest() {
        SignedRequest unsigned = new SignedRequest("GET", "/uploads", "notification", Map.of(), new byte[0]);

        assertThat(verifier.check(unsigned)).contains(S3Error.ACCESS_DENIED);
    }

    @Test
    void sortsAndEncodesTheQueryAsSignatureVersion4Requires() {
        assertThat(CanonicalRequest.canonicalQuery("notification")).isEqualTo("notification=");
        assertThat(CanonicalRequest.canonicalQuery("prefix=a%20b&delimiter=%2F&list-type=2"))
                .isEqualTo("delimiter=%2F&list-type=2&prefix=a%20b");
        assertThat(CanonicalRequest.canonicalQuery("key=a+b~c")).isEqualTo("key=a%2Bb~c");
    }

    /** A PUT /bucket?notification signed by the SDK, as the gateway would receive it. */
    private static SignedRequest signed(String accessKeyId, String secret, String path, String body) {
        SdkHttpRequest request = SdkHttpRequest.builder()
                .method(SdkHttpMethod.PUT)
                .uri(URI.create("http://127.0.0.1:9000" + path + "?notification"))
                .putHeader("x-amz-content-sha256", sha256Hex(body))
                .putHeader("Content-Type", "application/xml")
                .build();
        SdkHttpRequest signedRequest = AwsV4HttpSigner.create()
                .sign(sign -> sign.identity(AwsCredentialsIdentity.create(accessKeyId, secret))
                        .request(request)
                        .payload(ContentStreamProvider.fromUtf8String(body))
                        .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "s3")
                        .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                        .putProperty(AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, false)
                        .putProperty(AwsV4FamilyHttpSigner.NORMALIZE_PATH, false)
                        .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(NOW, ZoneOffset.UTC)))
                .request();
        Map<String, List<String>> headers = signedRequest.headers().entrySet().stream()
                .collect(Collectors.toMap(header -> header.getKey().toLowerCase(), Map.Entry::getValue));
        headers.put("host", List.of("127.0.0.1:9000"));
        return new SignedRequest("PUT", path, "notification", headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
