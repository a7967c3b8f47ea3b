package dev.tandem.catalog.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.tandem.catalog.CatalogApi;
import dev.tandem.catalog.CatalogIntegrationTest;
import dev.tandem.catalog.LocalCloudResources;
import dev.tandem.catalog.TestEvents;
import dev.tandem.events.ImageProcessed;
import dev.tandem.events.ImageRejected;
import dev.tandem.events.RejectionReason;
import dev.tandem.events.Rendition;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import tools.jackson.databind.JsonNode;

/** Images go from the client straight to S3 with a presigned URL, and come back as renditions. */
@ExtendWith(OutputCaptureExtension.class)
class ImageUploadIT extends CatalogIntegrationTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final byte[] IMAGE = pngLikeBytes(2048);

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void uploadsTheBytesStraightToS3WithThePresignedUrl(S3Client s3) throws Exception {
        String product = api().createProduct(100, "EUR", 1).at("/id").asString();

        CatalogApi.Response started = startUpload(product, "image/png", IMAGE.length);

        assertThat(started.status()).isEqualTo(201);
        String imageId = started.json().at("/imageId").asString();
        assertThat(started.header("Location")).isEqualTo("/api/products/" + product + "/images/" + imageId);
        assertThat(started.json().at("/status").asString()).isEqualTo("PENDING");
        assertThat(started.json().at("/upload/method").asString()).isEqualTo("PUT");
        assertThat(started.json().at("/upload/expiresAt").isString()).isTrue();

        HttpResponse<String> upload = put(started.json().at("/upload"), "image/png", IMAGE);

        assertThat(upload.statusCode()).isEqualTo(200);
        HeadObjectResponse stored = s3.headObject(
                head -> head.bucket(LocalCloudResources.BUCKET).key("uploads/" + product + "/" + imageId));
        assertThat(stored.contentType()).isEqualTo("image/png");
        assertThat(stored.contentLength()).isEqualTo(IMAGE.length);
        assertThat(stored.metadata()).containsEntry("correlation-id", started.header("X-Correlation-Id"));
        assertThat(api().get("/api/products/" + product + "/images/" + imageId)
                        .json()
                        .at("/status")
                        .asString())
                .isEqualTo("PENDING");
    }

    @Test
    void s3RefusesAnUploadOfAnotherContentTypeThanTheSignedOne(S3Client s3) throws Exception {
        String product = api().createProduct(100, "EUR", 1).at("/id").asString();
        CatalogApi.Response started = startUpload(product, "image/png", IMAGE.length);
        String imageId = started.json().at("/imageId").asString();

        HttpResponse<String> upload = put(started.json().at("/upload"), "image/jpeg", IMAGE);

        assertThat(upload.statusCode()).isEqualTo(403);
        assertThatThrownBy(() -> s3.headObject(
                        head -> head.bucket(LocalCloudResources.BUCKET).key("uploads/" + product + "/" + imageId)))
                .isInstanceOf(NoSuchKeyException.class);
    }

    @Test
    void signsTheCallersCorrelationIdIntoTheUploadForTheResizerToReadBack(S3Client s3) throws Exception {
        String product = api().createProduct(100, "EUR", 1).at("/id").asString();
        CatalogApi.Response started = api().sendJson(
                        "POST",
                        "/api/products/" + product + "/images",
                        Map.of("contentType", "image/png", "contentLength", IMAGE.length),
                        "Authorization",
                        "Bearer " + CatalogApi.ADMIN_TOKEN,
                        "X-Correlation-Id",
                        "upload-from-the-admin-page-1");
        JsonNode upload = started.json().at("/upload");
        String key = "uploads/" + product + "/" + started.json().at("/imageId").asString();

        assertThat(upload.at("/headers/x-amz-meta-correlation-id").asString())
                .isEqualTo("upload-from-the-admin-page-1");
        HttpResponse<String> withoutIt = http.send(
                HttpRequest.newBuilder(URI.create(upload.at("/url").asString()))
                        .header("Content-Type", "image/png")
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(IMAGE))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withoutIt.statusCode()).as("the metadata is signed").isEqualTo(403);
        assertThat(put(upload, "image/png", IMAGE).statusCode()).isEqualTo(200);
        assertThat(s3.headObject(head -> head.bucket(LocalCloudResources.BUCKET).key(key))
                        .metadata())
                .containsEntry("correlation-id", "upload-from-the-admin-page-1");
    }

    @Test
    void s3RefusesAnUploadOfAnotherSizeThanTheSignedOne() throws Exception {
        String product = api().createProduct(100, "EUR", 1).at("/id").asString();
        CatalogApi.Response started = startUpload(product, "image/png", IMAGE.length);

        HttpResponse<String> upload = put(started.json().at("/upload"), "image/png", Arrays.copyOf(IMAGE, 4096));

        assertThat(upload.statusCode()).isEqualTo(403);
    }

    @Test
    void showsTheRenditionsOnceTheResizerHasReportedThem(S3Client s3, EventBridgeClient bus, CapturedOutput output)
            throws Exception {
        String product = api().createProduct(100, "EUR", 1).at("/id").asString();
        String imageId = startUpload(product, "image/png", IMAGE.length)
                .json()
                .at("/imageId")
                .asString();
        String key = "renditions/" + product + "/" + imageId + "/thumbnail.jpg";
        byte[] thumbnail = pngLikeBytes(300);
        s3.putObject(
                put -> put.bucket(LocalCloudResources.BUCKET).key(key).contentType("image/jpeg"),
                RequestBody.fromBytes(thumbnail));
        ImageProcessed processed = TestEvents.imageProcessed(
                product, imageId, List.of(new Rendition("thumbnail", 200, 150, "image/jpeg", key, thumbnail.length)));

        TestEvents.publish(bus, processed);
        TestEvents.publish(bus, processed);
        await().atMost(DEADLINE).until(() -> TestEvents.timesHandled(output, processed) == 2);

        JsonNode image =
                api().get("/api/products/" + product + "/images/" + imageId).json();
        assertThat(image.at("/status").asString()).isEqualTo("READY");
        assertThat(image.at("/reason").isNull()).isTrue();
        assertThat(image.at("/renditions").size()).isEqualTo(1);
        JsonNode rendition = image.at("/renditions/0");
        assertThat(rendition.at("/name").asString()).isEqualTo("thumbnail");
        assertThat(rendition.at("/width").asInt()).isEqualTo(200);
        assertThat(rendition.at("/height").asInt()).isEqualTo(150);
        assertThat(rendition.at("/contentType").asString()).isEqualTo("image/jpeg");
        HttpResponse<byte[]> download = http.send(
                HttpRequest.newBuilder(URI.create(rendition.at("/url").asString()))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(thumbnail);
        JsonNode listed = api().get("/api/products/" + product).json().at("/images/0");
        assertThat(listed.at("/imageId").asString()).isEqualTo(imageId);
        assertThat(listed.at("/status").asString()).isEqualTo("READY");
    }

    @Test
    void showsWhyAnImageWasRejectedAndKeepsTheFirstVerdict(EventBridgeClient bus, CapturedOutput output) {
        String product = api().createProduct(100, "EUR", 1).at("/id").asString();
        String imageId = startUpload(product, "image/webp", IMAGE.length)
                .json()
                .at("/imageId")
                .asString();
        ImageRejected rejected = TestEvents.imageRejected(product, imageId, RejectionReason.PIXEL_LIMIT);
        ImageProcessed contradiction = TestEvents.imageProcessed(
                product,
                imageId,
                List.of(new Rendition("thumbnail", 200, 200, "image/jpeg", "renditions/x/y/thumbnail.jpg", 10)));

        TestEvents.publish(bus, rejected);
        await().atMost(DEADLINE).until(() -> TestEvents.timesHandled(output, rejected) == 1);
        TestEvents.publish(bus, contradiction);
        await().atMost(DEADLINE).until(() -> TestEvents.timesHandled(output, contradiction) == 1);

        JsonNode image =
                api().get("/api/products/" + product + "/images/" + imageId).json();
        assertThat(image.at("/status").asString()).isEqualTo("REJECTED");
        assertThat(image.at("/reason").asString()).isEqualTo("PIXEL_LIMIT");
        assertThat(image.at("/renditions").isEmpty()).isTrue();
    }

    @Test
    void refusesImagesOfOtherTypesOrOverTwentyMebibytes() {
        String product = api().createProduct(100, "EUR", 1).at("/id").asString();

        assertThat(startUpload(product, "image/gif", 100).json().at("/type").asString())
                .isEqualTo("https://tandem.dev/problems/unsupported-image-type");
        assertThat(startUpload(product, "image/gif", 100).status()).isEqualTo(415);
        CatalogApi.Response tooLarge = startUpload(product, "image/jpeg", 20L * 1024 * 1024 + 1);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().at("/type").asString()).isEqualTo("https://tandem.dev/problems/image-too-large");
        assertThat(startUpload(product, "image/jpeg", 20L * 1024 * 1024).status())
                .isEqualTo(201);
        assertThat(startUpload(product, "image/jpeg", 0).status()).isEqualTo(400);
        assertThat(startUpload(UUID.randomUUID().toString(), "image/jpeg", 100).status())
                .isEqualTo(404);
        assertThat(api().get("/api/products/" + product + "/images/" + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
    }

    private CatalogApi.Response startUpload(String productId, String contentType, long contentLength) {
        return api().asAdmin(
                        "POST",
                        "/api/products/" + productId + "/images",
                        Map.of("contentType", contentType, "contentLength", contentLength));
    }

    /**
     * A plain HTTP PUT, as a browser would make it, with the signed headers the service handed out,
     * except that the content type is the one given (HttpClient sets the length itself).
     */
    private HttpResponse<String> put(JsonNode upload, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(upload.at("/url").asString())).header("Content-Type", contentType);
        upload.at("/headers").properties().forEach(header -> {
            if (!header.getKey().equalsIgnoreCase("content-type")
                    && !header.getKey().equalsIgnoreCase("content-length")) {
                request.header(header.getKey(), header.getValue().asString());
            }
        });
        return http.send(
                request.PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] pngLikeBytes(int size) {
        byte[] bytes = new byte[size];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        return bytes;
    }
}
