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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

@ExtendWith(LocalAwsExtension.class)
class S3EmulatorIT {

    private final S3Client s3;
    private final String bucket = TestQueue.uniqueName("bucket");

    S3EmulatorIT(S3Client s3) {
        this.s3 = s3;
        s3.createBucket(request -> request.bucket(bucket));
    }

    @Test
    void storesListsAndDeletesObjects() {
        s3.putObject(request -> request.bucket(bucket).key("uploads/p1/a b+c.txt"), RequestBody.fromString("hello"));

        assertThat(s3.getObjectAsBytes(request -> request.bucket(bucket).key("uploads/p1/a b+c.txt"))
                        .asUtf8String())
                .isEqualTo("hello");
        assertThat(s3.listObjectsV2(request -> request.bucket(bucket)).contents())
                .extracting(S3Object::key, S3Object::size)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("uploads/p1/a b+c.txt", 5L));
        s3.deleteObject(request -> request.bucket(bucket).key("uploads/p1/a b+c.txt"));
        assertThat(s3.listObjectsV2(request -> request.bucket(bucket)).contents())
                .isEmpty();
    }

    @Test
    void acceptsAPresignedPutFromAPlainHttpClient(S3Presigner presigner) throws Exception {
        PresignedPutObjectRequest presigned = presignPut(presigner, "uploads/p1/i1");

        HttpResponse<String> response = put(presigned.url().toURI(), "image bytes");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(s3.getObjectAsBytes(request -> request.bucket(bucket).key("uploads/p1/i1"))
                        .asUtf8String())
                .isEqualTo("image bytes");
    }

    @Test
    void refusesATamperedPresignedUrl(S3Presigner presigner) throws Exception {
        PresignedPutObjectRequest presigned = presignPut(presigner, "uploads/p1/i1");
        URI otherKey = URI.create(presigned.url().toString().replace("uploads/p1/i1", "uploads/p2/i1"));

        HttpResponse<String> response = put(otherKey, "image bytes");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("SignatureDoesNotMatch");
        assertThat(s3.listObjectsV2(request -> request.bucket(bucket)).contents())
                .isEmpty();
    }

    @Test
    void refusesRequestsSignedWithAnotherSecret(LocalAws aws) {
        try (S3Client intruder = client(
                aws, AwsBasicCredentials.create(aws.settings().credentials().accessKeyId(), "not-the-secret"), true)) {
            assertThatThrownBy(() -> intruder.listObjectsV2(request -> request.bucket(bucket)))
                    .isInstanceOfSatisfying(
                            S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
        }
    }

    @Test
    void servesPathStyleRequestsToClientsThatDoNotForceIt(LocalAws aws) {
        // Child processes configure S3 from AWS_ENDPOINT_URL_S3 alone; the SDK goes path-style for an IP address.
        try (S3Client plain = client(aws, aws.settings().credentials(), false)) {
            plain.putObject(request -> request.bucket(bucket).key("plain"), RequestBody.fromString("x"));

            assertThat(s3.headObject(request -> request.bucket(bucket).key("plain"))
                            .contentLength())
                    .isEqualTo(1);
        }
    }

    private PresignedPutObjectRequest presignPut(S3Presigner presigner, String key) {
        return presigner.presignPutObject(request -> request.signatureDuration(Duration.ofMinutes(5))
                .putObjectRequest(put -> put.bucket(bucket).key(key)));
    }

    private static HttpResponse<String> put(URI uri, String body) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(
                    HttpRequest.newBuilder(uri)
                            .PUT(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static S3Client client(LocalAws aws, AwsBasicCredentials credentials, boolean forcePathStyle) {
        return S3Client.builder()
                .region(aws.settings().region())
                .credentialsProvider(StaticCredentialsProvider.create(credentials))
                .endpointOverride(aws.endpoint())
                .forcePathStyle(forcePathStyle)
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }
}
