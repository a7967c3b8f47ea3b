package dev.tandem.localcloud.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.localcloud.LocalAws;
import dev.tandem.localcloud.TestQueue;
import dev.tandem.localcloud.junit.LocalAwsExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/** What a browser on another origin (the service's page) sees when it uploads straight to the local S3. */
@ExtendWith(LocalAwsExtension.class)
class CorsIT {

    private static final String PAGE_ORIGIN = "http://127.0.0.1:8080";

    private final S3Client s3;
    private final String bucket = TestQueue.uniqueName("cors");

    CorsIT(S3Client s3) {
        this.s3 = s3;
        s3.createBucket(request -> request.bucket(bucket));
    }

    @Test
    void answersAPreflightForAPutWithTheBucketsRule(LocalAws aws) throws Exception {
        HttpResponse<String> response = send(preflight(aws.s3Endpoint().resolve("/" + bucket + "/uploads/a"), "PUT")
                .header("Access-Control-Request-Headers", "content-type")
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValue("PUT");
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers"))
                .hasValue("content-type");
        assertThat(response.headers().firstValue("Access-Control-Max-Age")).hasValue("3000");
    }

    @Test
    void refusesAPreflightForAMethodOrHeaderTheRuleDoesNotAllow(LocalAws aws) throws Exception {
        URI object = aws.s3Endpoint().resolve("/" + bucket + "/uploads/a");

        HttpResponse<String> delete = send(preflight(object, "DELETE").build());
        HttpResponse<String> otherHeader = send(preflight(object, "PUT")
                .header("Access-Control-Request-Headers", "content-type, x-amz-acl")
                .build());

        assertThat(delete.statusCode()).isEqualTo(403);
        assertThat(delete.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(otherHeader.statusCode()).isEqualTo(403);
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

    private static HttpRequest.Builder preflight(URI object, String method) {
        return HttpRequest.newBuilder(object)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", PAGE_ORIGIN)
                .header("Access-Control-Request-Method", method);
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
