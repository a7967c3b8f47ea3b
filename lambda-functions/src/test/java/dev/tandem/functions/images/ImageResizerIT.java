package dev.tandem.functions.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.tandem.events.EventCodec;
import dev.tandem.events.EventEnvelope;
import dev.tandem.events.ImageProcessed;
import dev.tandem.events.ImageRejected;
import dev.tandem.events.RejectionReason;
import dev.tandem.events.Rendition;
import dev.tandem.functions.platform.LambdaFixtures;
import dev.tandem.functions.platform.ResultQueue;
import dev.tandem.localcloud.junit.LocalAwsExtension;
import java.awt.image.BufferedImage;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The image-resizer's handler against local S3, EventBridge and SQS: uploads in every accepted
 * format and several unacceptable ones, S3 events as Lambda delivers them, renditions read back
 * from S3, and results read from a queue the bus routes them to.
 */
@ExtendWith(LocalAwsExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImageResizerIT {

    private final EventCodec codec = new EventCodec();
    private final String bucket = "tandem-media-" + UUID.randomUUID().toString().substring(0, 8);
    private S3Client s3;
    private ResultQueue results;
    private ImageResizerHandler handler;

    @BeforeAll
    void createBucketBusAndResultQueue(S3Client s3, EventBridgeClient eventBridge, SqsClient sqs) {
        this.s3 = s3;
        s3.createBucket(request -> request.bucket(bucket));
        results = ResultQueue.create(eventBridge, sqs, "tandem.images");
        handler = new ImageResizerHandler(s3, eventBridge, bucket, results.busName());
    }

    static Stream<Arguments> acceptedUploads() {
        byte[] camera = TestImages.jpeg(TestImages.camera(1200, 900, 21), 0.9f, false);
        byte[] rotated = CraftedFiles.withExif(
                TestImages.jpeg(TestImages.camera(400, 300, 22), 0.9f, false), 6, ByteOrder.LITTLE_ENDIAN);
        return Stream.of(
                Arguments.of("camera JPEG", camera, "image/jpeg", List.of("1200x900", "800x600", "200x150")),
                Arguments.of("EXIF-rotated JPEG", rotated, "image/jpeg", List.of("300x400", "300x400", "150x200")),
                Arguments.of(
                        "progressive JPEG",
                        TestImages.jpeg(TestImages.camera(900, 600, 23), 0.9f, true),
                        "image/jpeg",
                        List.of("900x600", "800x533", "200x133")),
                Arguments.of(
                        "CMYK JPEG", TestImages.resource("cmyk.jpg"), "image/jpeg", List.of("96x64", "96x64", "96x64")),
                Arguments.of(
                        "16-bit PNG with alpha",
                        TestImages.png(TestImages.rgba16(400, 200)),
                        "image/png",
                        List.of("400x200", "400x200", "200x100")),
                Arguments.of(
                        "WebP with alpha",
                        TestImages.resource("lossy-alpha.webp"),
                        "image/png",
                        List.of("96x64", "96x64", "96x64")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedUploads")
    void rendersEachAcceptedFormatIntoRenditionsWithoutMetadata(
            String description, byte[] image, String contentType, List<String> sizes) {
        String imageId = upload(image);

        SQSBatchResponse response = handler.handleRequest(objectCreated(imageId), context());

        assertThat(response.getBatchItemFailures()).isEmpty();
        ImageProcessed processed =
                (ImageProcessed) codec.decode(results.awaitResult(ResultQueue.detail("imageId", imageId)));
        assertThat(processed.correlationId()).isEqualTo(imageId);
        assertThat(processed.sourceKey()).isEqualTo("uploads/prd-it/" + imageId);
        assertThat(processed.renditions()).extracting(Rendition::name).containsExactly("large", "medium", "thumbnail");
        assertThat(processed.renditions())
                .extracting(rendition -> rendition.width() + "x" + rendition.height())
                .containsExactlyElementsOf(sizes);
        for (Rendition rendition : processed.renditions()) {
            assertStoredAsDescribed(rendition, contentType, imageId);
        }
    }

    static Stream<Arguments> refusedUploads() {
        byte[] camera = TestImages.jpeg(TestImages.camera(800, 600, 24), 0.9f, false);
        return Stream.of(
                Arguments.of("truncated JPEG", TestImages.truncated(camera, 0.5), RejectionReason.CORRUPT),
                Arguments.of("HTML page", TestImages.html(), RejectionReason.UNSUPPORTED_TYPE),
                Arguments.of("pixel flood PNG", CraftedFiles.pixelFlood(50_000, 50_000), RejectionReason.PIXEL_LIMIT),
                Arguments.of("21 MiB upload", new byte[21 * 1024 * 1024], RejectionReason.TOO_LARGE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedUploads")
    void rejectsUnacceptableUploadsFinallySoTheyAreNeverRetried(
            String description, byte[] upload, RejectionReason reason) {
        String imageId = upload(upload);

        SQSBatchResponse response = handler.handleRequest(objectCreated(imageId), context());

        assertThat(response.getBatchItemFailures())
                .as("a rejection is not a failure")
                .isEmpty();
        ImageRejected rejected =
                (ImageRejected) codec.decode(results.awaitResult(ResultQueue.detail("imageId", imageId)));
        assertThat(rejected.reason()).isEqualTo(reason);
        assertThat(rejected.detail()).isNotBlank();
        assertThat(s3.listObjectsV2(request -> request.bucket(bucket).prefix("renditions/prd-it/" + imageId))
                        .contents())
                .isEmpty();
    }

    @Test
    void carriesTheCorrelationIdTheCatalogSignedIntoTheUpload() {
        byte[] image = TestImages.jpeg(TestImages.camera(640, 480, 26), 0.9f, false);
        String processedId = upload(image, Map.of("correlation-id", "checkout-page-7"));
        String rejectedId = upload(TestImages.html(), Map.of("correlation-id", "checkout-page-8"));

        SQSBatchResponse processed = handler.handleRequest(objectCreated(processedId), context());
        SQSBatchResponse rejected = handler.handleRequest(objectCreated(rejectedId), context());

        assertThat(processed.getBatchItemFailures()).isEmpty();
        assertThat(rejected.getBatchItemFailures()).isEmpty();
        assertThat(codec.decode(results.awaitResult(ResultQueue.detail("imageId", processedId)))
                        .correlationId())
                .isEqualTo("checkout-page-7");
        assertThat(codec.decode(results.awaitResult(ResultQueue.detail("imageId", rejectedId)))
                        .correlationId())
                .isEqualTo("checkout-page-8");
    }

    @Test
    void fallsBackToTheImageIdForACorrelationIdNotFitToLog() {
        String imageId = upload(TestImages.html(), Map.of("correlation-id", "two words"));

        handler.handleRequest(objectCreated(imageId), context());

        assertThat(codec.decode(results.awaitResult(ResultQueue.detail("imageId", imageId)))
                        .correlationId())
                .isEqualTo(imageId);
    }

    @Test
    void rewritesTheSameRenditionsAndRepeatsTheSameResultForADuplicateEvent() {
        String imageId = upload(TestImages.jpeg(TestImages.camera(640, 480, 25), 0.9f, false));
        SQSEvent event = objectCreated(imageId);

        handler.handleRequest(event, context());
        handler.handleRequest(event, context());

        List<EventEnvelope> both = results.awaitResults(2, ResultQueue.detail("imageId", imageId));
        ImageProcessed first = (ImageProcessed) codec.decode(both.get(0));
        ImageProcessed second = (ImageProcessed) codec.decode(both.get(1));
        assertThat(second.eventId()).isEqualTo(first.eventId());
        assertThat(second.renditions()).isEqualTo(first.renditions());
    }

    @Test
    void failsOnlyTheMessagesItCouldNotProcessSoThatSqsRetriesThem() {
        String imageId = upload(TestImages.jpeg(TestImages.camera(320, 240, 26), 0.9f, false));
        SQSEvent good = objectCreated(imageId);
        SQSEvent missing =
                objectCreated("never-uploaded-" + UUID.randomUUID().toString().substring(0, 8));
        SQSEvent batch = LambdaFixtures.batchOf(
                "s3-object-created.json", List.of(body(good), "{\"not\": \"an EventBridge envelope\"}", body(missing)));

        SQSBatchResponse response = handler.handleRequest(batch, context());

        assertThat(response.getBatchItemFailures())
                .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly(
                        batch.getRecords().get(1).getMessageId(),
                        batch.getRecords().get(2).getMessageId());
        assertThat(results.awaitResult(ResultQueue.detail("imageId", imageId)).detailType())
                .isEqualTo("ImageProcessed");
    }

    @Test
    void failsTheMessageWhenTheBusDoesNotAcceptTheResult(EventBridgeClient eventBridge) {
        ImageResizerHandler toMissingBus = new ImageResizerHandler(s3, eventBridge, bucket, "no-such-bus");
        String imageId = upload(TestImages.jpeg(TestImages.camera(320, 240, 27), 0.9f, false));

        SQSBatchResponse response = toMissingBus.handleRequest(objectCreated(imageId), context());

        assertThat(response.getBatchItemFailures()).hasSize(1);
    }

    private void assertStoredAsDescribed(Rendition rendition, String contentType, String imageId) {
        ResponseBytes<GetObjectResponse> stored =
                s3.getObjectAsBytes(request -> request.bucket(bucket).key(rendition.key()));
        String extension = contentType.equals("image/png") ? "png" : "jpg";
        assertThat(rendition.key())
                .isEqualTo("renditions/prd-it/" + imageId + "/" + rendition.name() + "." + extension);
        assertThat(rendition.contentType()).isEqualTo(contentType);
        assertThat(stored.response().contentType()).isEqualTo(contentType);
        assertThat(stored.asByteArray()).hasSize((int) rendition.sizeBytes());
        BufferedImage image = RenditionChecks.decode(stored.asByteArray());
        assertThat(image.getWidth()).isEqualTo(rendition.width());
        assertThat(image.getHeight()).isEqualTo(rendition.height());
        RenditionChecks.assertNoMetadata(stored.asByteArray(), contentType);
    }

    /** Puts the bytes at a fresh upload key and returns its image id. */
    private String upload(byte[] bytes) {
        return upload(bytes, Map.of());
    }

    /** Puts the bytes, with the given user metadata, at a fresh upload key and returns its image id. */
    private String upload(byte[] bytes, Map<String, String> metadata) {
        String imageId = "img-" + UUID.randomUUID().toString().substring(0, 12);
        s3.putObject(
                request ->
                        request.bucket(bucket).key("uploads/prd-it/" + imageId).metadata(metadata),
                RequestBody.fromBytes(bytes));
        return imageId;
    }

    /** The fixture's S3 event, pointed at this test's bucket and the upload of {@code imageId}. */
    private SQSEvent objectCreated(String imageId) {
        String template = LambdaFixtures.json("s3-object-created.json");
        String json = template.replace("tandem-media-111122223333", bucket)
                .replace("uploads/prd-mug/img-01JD4X9T2M", "uploads/prd-it/" + imageId);
        return LambdaFixtures.sqsEventFromJson(json);
    }

    private static String body(SQSEvent event) {
        return event.getRecords().getFirst().getBody();
    }

    private static Context context() {
        return LambdaFixtures.context(Duration.ofSeconds(60));
    }
}
