package dev.tandem.localcloud.edge.sigv4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.tandem.localcloud.edge.request.AwsRequest;
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
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
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

    private static final AccessKeys KEYS =
            new AccessKeys(AwsBasicCredentials.create("LOCALKEY", "local-secret"), "000000000000");

    private final SigV4Verifier verifier = new SigV4Verifier(KEYS, "us-east-1", Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void acceptsARequestTheSdkSigned() {
        assertThat(verifier.verify(signed("LOCALKEY", "local-secret", "/uploads", BODY)))
                .isEqualTo(KEYS.administrator());
    }

    @Test
    void refusesARequestForAnotherBucketThanTheOneSigned() {
        AwsRequest request = signed("LOCALKEY", "local-secret", "/uploads", BODY);
        AwsRequest redirected =
                new AwsRequest("s3", request.method(), "/other", request.rawQuery(), request.headers(), request.body());

        assertRefused(redirected, SignatureProblem.MISMATCH);
    }

    @Test
    void refusesASignatureMadeWithAnotherSecret() {
        assertRefused(signed("LOCALKEY", "guessed", "/uploads", BODY), SignatureProblem.MISMATCH);
    }

    @Test
    void refusesAnAccessKeyItDoesNotKnow() {
        assertRefused(signed("SOMEONEELSE", "local-secret", "/uploads", BODY), SignatureProblem.UNKNOWN_KEY);
    }

    @Test
    void refusesABodyThatIsNotTheOneSigned() {
        AwsRequest request = signed("LOCALKEY", "local-secret", "/uploads", BODY);
        AwsRequest swapped = new AwsRequest(
                "s3",
                request.method(),
                request.rawPath(),
                request.rawQuery(),
                request.headers(),
                "<NotificationConfiguration/>".getBytes(StandardCharsets.UTF_8));

        assertRefused(swapped, SignatureProblem.CONTENT_HASH_MISMATCH);
    }

    @Test
    void refusesASignatureFromLongAgo() {
        SigV4Verifier anHourLater =
                new SigV4Verifier(KEYS, "us-east-1", Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC));

        assertThatExceptionOfType(SignatureRefusal.class)
                .isThrownBy(() -> anHourLater.verify(signed("LOCALKEY", "local-secret", "/uploads", BODY)))
                .extracting(SignatureRefusal::problem)
                .isEqualTo(SignatureProblem.SKEWED);
    }

    @Test
    void refusesAnUnsignedRequest() {
        AwsRequest unsigned = new AwsRequest("s3", "GET", "/uploads", "notification", Map.of(), new byte[0]);

        assertRefused(unsigned, SignatureProblem.MISSING);
    }

    @Test
    void encodesThePathOnceMoreForEveryServiceButS3() {
        AwsRequest request =
                new AwsRequest("lambda", "GET", "/2015-03-31/functions/arn%3Aaws%3Alambda", "", Map.of(), new byte[0]);

        assertThat(CanonicalRequest.of(request, "", List.of(), "hash", false))
                .startsWith("GET\n/2015-03-31/functions/arn%253Aaws%253Alambda\n");
        assertThat(CanonicalRequest.of(request, "", List.of(), "hash", true))
                .startsWith("GET\n/2015-03-31/functions/arn%3Aaws%3Alambda\n");
    }

    @Test
    void sortsAndEncodesTheQueryAsSignatureVersion4Requires() {
        assertThat(CanonicalRequest.canonicalQuery("notification")).isEqualTo("notification=");
        assertThat(CanonicalRequest.canonicalQuery("prefix=a%20b&delimiter=%2F&list-type=2"))
                .isEqualTo("delimiter=%2F&list-type=2&prefix=a%20b");
        assertThat(CanonicalRequest.canonicalQuery("key=a+b~c")).isEqualTo("key=a%2Bb~c");
    }

    private void assertRefused(AwsRequest request, SignatureProblem problem) {
        assertThatExceptionOfType(SignatureRefusal.class)
                .isThrownBy(() -> verifier.verify(request))
                .extracting(SignatureRefusal::problem)
                .isEqualTo(problem);
    }

    /** A PUT /bucket?notification signed by the SDK, as the edge would receive it. */
    private static AwsRequest signed(String accessKeyId, String secret, String path, String body) {
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
        return new AwsRequest("s3", "PUT", path, "notification", headers, body.getBytes(StandardCharsets.UTF_8));
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
