package dev.tandem.localcloud.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.localcloud.LocalAws;
import dev.tandem.localcloud.TestQueue;
import dev.tandem.localcloud.junit.LocalAwsExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CORSRule;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * A bucket's CORS configuration, set through S3's own API, and what a browser on another origin (the service's page)
 * sees when it uploads straight to the local S3.
 */
@ExtendWith(LocalAwsExtension.class)
class CorsIT {

    private static final String PAGE_ORIGIN = "http://127.0.0.1:8080";

    /** The rule Tandem's template gives its media bucket. */
    private static final CORSRule TANDEM_RULE = CORSRule.builder()
            .allowedMethods("PUT", "GET")
            .allowedOrigins("*")
            .allowedHeaders("content-type", "content-length", "x-amz-meta-correlation-id")
            .maxAgeSeconds(3000)
            .build();

    private static final String ANYONE_MAY_DELETE = "<CORSConfiguration><CORSRule><AllowedOrigin>*</AllowedOrigin>"
            + "<AllowedMethod>DELETE</AllowedMethod></CORSRule></CORSConfiguration>";

    private final S3Client s3;
    private final String bucket = TestQueue.uniqueName("cors");

    CorsIT(S3Client s3) {
        this.s3 = s3;
        s3.createBucket(request -> request.bucket(bucket));
        s3.putBucketCors(request -> request.bucket(bucket).corsConfiguration(cors -> cors.corsRules(TANDEM_RULE)));
    }

    @Test
    void returnsTheConfigurationThatWasPut() {
        CORSRule uploads = CORSRule.builder()
                .id("uploads")
                .allowedOrigins("https://shop.example", "https://*.shop.example")
                .allowedMethods("PUT", "POST")
                .allowedHeaders("*")
                .exposeHeaders("ETag", "x-amz-request-id")
                .maxAgeSeconds(600)
                .build();
        CORSRule reads =
                CORSRule.builder().allowedOrigins("*").allowedMethods("GET").build();

        s3.putBucketCors(request -> request.bucket(bucket).corsConfiguration(cors -> cors.corsRules(uploads, reads)));

        assertThat(s3.getBucketCors(request -> request.bucket(bucket)).corsRules())
                .containsExactly(uploads, reads);
    }

    @Test
    void forgetsADeletedConfiguration() {
        s3.deleteBucketCors(request -> request.bucket(bucket));

        assertThatThrownBy(() -> s3.getBucketCors(request -> request.bucket(bucket)))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchCORSConfiguration");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The CORS configuration does not exist");
                });
    }

    @Test
    void forgetsTheConfigurationOfADeletedBucket() {
        s3.deleteBucket(request -> request.bucket(bucket));
        s3.createBucket(request -> request.bucket(bucket));

        assertThatThrownBy(() -> s3.getBucketCors(request -> request.bucket(bucket)))
                .isInstanceOfSatisfying(
                        S3Exception.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchCORSConfiguration"));
    }

    @Test
    void refusesAnUnsignedConfiguration(LocalAws aws) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(corsUri(aws))
                .PUT(HttpRequest.BodyPublishers.ofString(ANYONE_MAY_DELETE))
                .build());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("<Code>AccessDenied</Code>");
        assertThat(s3.getBucketCors(request -> request.bucket(bucket)).corsRules())
                .containsExactly(TANDEM_RULE);
    }

    @Test
    void refusesAConfigurationThatIsNotWellFormed(LocalAws aws) throws Exception {
        HttpResponse<String> response = sendSigned(aws, corsUri(aws), "<CORSConfiguration><CORSRule>");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<Code>MalformedXML</Code>");
        assertThat(s3.getBucketCors(request -> request.bucket(bucket)).corsRules())
                .containsExactly(TANDEM_RULE);
    }

    @Test
    void acceptsAWellFormedConfigurationSentTheSameWay(LocalAws aws) throws Exception {
        HttpResponse<String> response = sendSigned(aws, corsUri(aws), ANYONE_MAY_DELETE);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(s3.getBucketCors(request -> request.bucket(bucket)).corsRules())
                .extracting(CORSRule::allowedMethods)
                .containsExactly(List.of("DELETE"));
    }

    @Test
    void refusesAMethodS3DoesNotSupport() {
        CORSRule patch =
                CORSRule.builder().allowedOrigins("*").allowedMethods("PATCH").build();

        assertThatThrownBy(() -> s3.putBucketCors(
                        request -> request.bucket(bucket).corsConfiguration(cors -> cors.corsRules(patch))))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidRequest");
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("Found unsupported HTTP method in CORS config. Unsupported method is PATCH");
                });
    }

    @Test
    void saysWhenTheBucketDoesNotExist() {
        assertThatThrownBy(() -> s3.getBucketCors(request -> request.bucket(bucket + "-missing")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchBucket");
                });
    }

    @Test
    void answersAPreflightForAPutWithTheBucketsRule(LocalAws aws) throws Exception {
        HttpResponse<String> response = send(preflight(aws.endpoint().resolve("/" + bucket + "/uploads/a"), "PUT")
                .header("Access-Control-Request-Headers", "content-type")
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValue("PUT, GET");
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers"))
                .hasValue("content-type");
        assertThat(response.headers().firstValue("Access-Control-Max-Age")).hasValue("3000");
        assertThat(response.headers().firstValue("Access-Control-Allow-Credentials"))
                .isEmpty();
        assertThat(response.headers().firstValue("Vary"))
                .hasValue("Origin, Access-Control-Request-Headers, Access-Control-Request-Method");
    }

    @Test
    void refusesAPreflightForAMethodOrHeaderTheRuleDoesNotAllow(LocalAws aws) throws Exception {
        URI object = aws.endpoint().resolve("/" + bucket + "/uploads/a");

        HttpResponse<String> delete = send(preflight(object, "DELETE").build());
        HttpResponse<String> otherHeader = send(preflight(object, "PUT")
                .header("Access-Control-Request-Headers", "content-type, x-amz-acl")
                .build());

        assertThat(delete.statusCode()).isEqualTo(403);
        assertThat(delete.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(delete.body())
                .contains(
                        "<Code>AccessForbidden</Code>", "This CORS request is not allowed", "<Method>DELETE</Method>");
        assertThat(otherHeader.statusCode()).isEqualTo(403);
        assertThat(otherHeader.headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
    }

    @Test
    void refusesEveryPreflightToABucketWithoutCors(LocalAws aws) throws Exception {
        String plain = TestQueue.uniqueName("no-cors");
        s3.createBucket(request -> request.bucket(plain));

        HttpResponse<String> response = send(preflight(aws.endpoint().resolve("/" + plain + "/uploads/a"), "GET")
                .build());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body())
                .contains("CORS is not enabled for this bucket", "<ResourceType>OBJECT</ResourceType>");
        assertThat(response.headers().map().keySet())
                .noneMatch(name -> name.toLowerCase(Locale.ROOT).startsWith("access-control-"));
    }

    @Test
    void refusesAPreflightToABucketThatDoesNotExist(LocalAws aws) throws Exception {
        HttpResponse<String> response = send(preflight(aws.endpoint().resolve("/" + bucket + "-missing/a"), "PUT")
                .build());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("CORSResponse: Bucket not found");
    }

    @Test
    void answersAnOriginItNamesWithThatOriginAndRefusesAnother(LocalAws aws, S3Presigner presigner) throws Exception {
        CORSRule shopOnly = CORSRule.builder()
                .allowedOrigins(PAGE_ORIGIN)
                .allowedMethods("PUT")
                .allowedHeaders("Content-Type")
                .exposeHeaders("ETag")
                .build();
        s3.putBucketCors(request -> request.bucket(bucket).corsConfiguration(cors -> cors.corsRules(shopOnly)));
        URI object = aws.endpoint().resolve("/" + bucket + "/uploads/a");

        HttpResponse<String> fromShop = send(preflight(object, "PUT")
                .header("Access-Control-Request-Headers", "content-type")
                .build());
        HttpResponse<String> fromElsewhere = send(HttpRequest.newBuilder(object)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "PUT")
                .build());

        assertThat(fromShop.statusCode()).isEqualTo(200);
        assertThat(fromShop.headers().firstValue("Access-Control-Allow-Origin")).hasValue(PAGE_ORIGIN);
        assertThat(fromShop.headers().firstValue("Access-Control-Allow-Credentials"))
                .hasValue("true");
        assertThat(fromShop.headers().firstValue("Access-Control-Expose-Headers"))
                .hasValue("ETag");
        assertThat(fromShop.headers().firstValue("Access-Control-Max-Age")).isEmpty();
        assertThat(fromElsewhere.statusCode()).isEqualTo(403);
        assertThat(fromElsewhere.headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();

        HttpResponse<String> putFromElsewhere = send(HttpRequest.newBuilder(presignedPut(presigner, "uploads/a"))
                .header("Origin", "http://evil.example")
                .PUT(HttpRequest.BodyPublishers.ofString("bytes"))
                .build());
        assertThat(putFromElsewhere.statusCode()).isEqualTo(200);
        assertThat(putFromElsewhere.headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
    }

    @Test
    void letsTheBrowserReadTheAnswerToACrossOriginPresignedPut(S3Presigner presigner) throws Exception {
        PresignedPutObjectRequest presigned = presigner.presignPutObject(request -> request.signatureDuration(
                        Duration.ofMinutes(5))
                .putObjectRequest(put -> put.bucket(bucket).key("uploads/p1/i1").contentType("image/jpeg")));

        HttpResponse<String> response =
                send(HttpRequest.newBuilder(presigned.url().toURI())
                        .header("Origin", PAGE_ORIGIN)
                        .header("Content-Type", "image/jpeg")
                        .PUT(HttpRequest.BodyPublishers.ofString("jpeg bytes"))
                        .build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(s3.getObjectAsBytes(request -> request.bucket(bucket).key("uploads/p1/i1"))
                        .asUtf8String())
                .isEqualTo("jpeg bytes");
    }

    @Test
    void stillChecksTheSignatureOfACrossOriginRequest(S3Presigner presigner) throws Exception {
        PresignedPutObjectRequest presigned =
                presigner.presignPutObject(request -> request.signatureDuration(Duration.ofMinutes(5))
                        .putObjectRequest(put -> put.bucket(bucket).key("uploads/p1/i1")));
        URI tampered = URI.create(presigned.url().toString().replace("uploads/p1/i1", "uploads/p2/i1"));

        HttpResponse<String> response = send(HttpRequest.newBuilder(tampered)
                .header("Origin", PAGE_ORIGIN)
                .PUT(HttpRequest.BodyPublishers.ofString("jpeg bytes"))
                .build());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(s3.listObjectsV2(request -> request.bucket(bucket)).contents())
                .isEmpty();
    }

    private URI presignedPut(S3Presigner presigner, String key) throws Exception {
        return presigner
                .presignPutObject(request -> request.signatureDuration(Duration.ofMinutes(5))
                        .putObjectRequest(put -> put.bucket(bucket).key(key)))
                .url()
                .toURI();
    }

    private URI corsUri(LocalAws aws) {
        return aws.endpoint().resolve("/" + bucket + "?cors");
    }

    private static HttpRequest.Builder preflight(URI object, String method) {
        return HttpRequest.newBuilder(object)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", PAGE_ORIGIN)
                .header("Access-Control-Request-Method", method);
    }

    /** A {@code PUT} signed with local-cloud's key pair, as the SDK would sign it, but with any body at all. */
    private static HttpResponse<String> sendSigned(LocalAws aws, URI uri, String body) throws Exception {
        SdkHttpRequest signed = AwsV4HttpSigner.create()
                .sign(sign -> sign.identity(aws.settings().credentials())
                        .request(SdkHttpRequest.builder()
                                .method(SdkHttpMethod.PUT)
                                .uri(uri)
                                .putHeader("Content-Type", "application/xml")
                                .build())
                        .payload(ContentStreamProvider.fromUtf8String(body))
                        .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "s3")
                        .putProperty(
                                AwsV4HttpSigner.REGION_NAME,
                                aws.settings().region().id())
                        .putProperty(AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, false)
                        .putProperty(AwsV4FamilyHttpSigner.NORMALIZE_PATH, false))
                .request();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).PUT(HttpRequest.BodyPublishers.ofString(body));
        for (Map.Entry<String, List<String>> header : signed.headers().entrySet()) {
            if (!header.getKey().equalsIgnoreCase("Host")) {
                header.getValue().forEach(value -> request.header(header.getKey(), value));
            }
        }
        return send(request.build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
