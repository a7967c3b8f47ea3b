package dev.tandem.localcloud.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.localcloud.TestQueue;
import dev.tandem.localcloud.junit.LocalAwsExtension;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.EventBridgeConfiguration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** S3 puts Object Created on the default bus for buckets with EventBridge on, and a rule routes it to SQS. */
@ExtendWith(LocalAwsExtension.class)
class ObjectCreatedIT {

    private final S3Client s3;
    private final EventBridgeClient events;
    private final SqsClient sqs;
    private final String bucket = TestQueue.uniqueName("images");

    ObjectCreatedIT(S3Client s3, EventBridgeClient events, SqsClient sqs) {
        this.s3 = s3;
        this.events = events;
        this.sqs = sqs;
        s3.createBucket(request -> request.bucket(bucket));
    }

    @Test
    void announcesAnUploadUnderTheRulesPrefixInAwsShape() {
        eventBridgeOn();
        TestQueue imageJobs = uploadsToQueue();

        String etag = s3.putObject(
                        request -> request.bucket(bucket).key("uploads/p1/i1"), RequestBody.fromString("jpeg"))
                .eTag();
        s3.putObject(request -> request.bucket(bucket).key("renditions/p1/i1/small.webp"), RequestBody.fromString("x"));

        JsonNode event = onlyEvent(imageJobs);
        assertThat(event.path("source").asString()).isEqualTo("aws.s3");
        assertThat(event.path("detail-type").asString()).isEqualTo("Object Created");
        assertThat(event.path("account").asString()).isEqualTo("000000000000");
        assertThat(event.path("region").asString()).isEqualTo("us-east-1");
        assertThat(event.path("resources").get(0).asString()).isEqualTo("arn:aws:s3:::" + bucket);
        JsonNode detail = event.path("detail");
        assertThat(detail.path("version").asString()).isEqualTo("0");
        assertThat(detail.path("bucket").path("name").asString()).isEqualTo(bucket);
        assertThat(detail.path("object").path("key").asString()).isEqualTo("uploads/p1/i1");
        assertThat(detail.path("object").path("size").asLong()).isEqualTo(4);
        assertThat(detail.path("object").path("etag").asString()).isEqualTo(etag.replace("\"", ""));
        assertThat(detail.path("object").path("sequencer").asString()).matches("[0-9A-F]{18}");
        assertThat(detail.path("request-id").asString()).isNotBlank();
        assertThat(detail.path("requester").asString()).isEqualTo("000000000000");
        assertThat(detail.path("reason").asString()).isEqualTo("PutObject");
    }

    @Test
    void announcesAPresignedUpload(S3Presigner presigner) throws Exception {
        eventBridgeOn();
        TestQueue imageJobs = uploadsToQueue();
        var presigned = presigner.presignPutObject(request -> request.signatureDuration(Duration.ofMinutes(5))
                .putObjectRequest(put -> put.bucket(bucket).key("uploads/p7/i9")));

        try (HttpClient http = HttpClient.newHttpClient()) {
            http.send(
                    HttpRequest.newBuilder(presigned.url().toURI())
                            .PUT(HttpRequest.BodyPublishers.ofString("png"))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        }

        assertThat(onlyEvent(imageJobs)
                        .path("detail")
                        .path("object")
                        .path("key")
                        .asString())
                .isEqualTo("uploads/p7/i9");
    }

    @Test
    void announcesCopiesAndCompletedMultipartUploadsButNotS3ProxysBookkeeping() {
        eventBridgeOn();
        TestQueue imageJobs = uploadsToQueue();
        s3.putObject(request -> request.bucket(bucket).key("originals/o1"), RequestBody.fromString("raw"));

        s3.copyObject(request -> request.sourceBucket(bucket)
                .sourceKey("originals/o1")
                .destinationBucket(bucket)
                .destinationKey("uploads/copied"));
        uploadInTwoParts("uploads/multipart");

        await().atMost(Duration.ofSeconds(10)).until(() -> imageJobs.received().size() >= 2);
        await().during(Duration.ofMillis(700))
                .atMost(Duration.ofSeconds(3))
                .until(() -> imageJobs.received().size() == 2);
        List<String> reasons = imageJobs.received().stream()
                .map(message -> JsonMapper.shared().readTree(message.body()).path("detail"))
                .map(detail -> detail.path("object").path("key").asString() + " "
                        + detail.path("reason").asString())
                .toList();
        assertThat(reasons)
                .containsExactlyInAnyOrder("uploads/copied CopyObject", "uploads/multipart CompleteMultipartUpload");
    }

    @Test
    void staysSilentForABucketWithoutEventBridgeNotifications() {
        TestQueue imageJobs = uploadsToQueue();

        s3.putObject(request -> request.bucket(bucket).key("uploads/p1/i1"), RequestBody.fromString("jpeg"));

        await().during(Duration.ofMillis(700))
                .atMost(Duration.ofSeconds(3))
                .until(() -> imageJobs.received().isEmpty());
    }

    private void eventBridgeOn() {
        s3.putBucketNotificationConfiguration(request -> request.bucket(bucket)
                .notificationConfiguration(configuration -> configuration.eventBridgeConfiguration(
                        EventBridgeConfiguration.builder().build())));
    }

    /** The rule Tandem's image pipeline uses: Object Created in this bucket, key under uploads/, to a queue. */
    private TestQueue uploadsToQueue() {
        TestQueue queue = TestQueue.create(sqs, "image-jobs");
        String rule = TestQueue.uniqueName("uploads");
        events.putRule(request -> request.name(rule)
                .eventPattern("{\"source\":[\"aws.s3\"],\"detail-type\":[\"Object Created\"],"
                        + "\"detail\":{\"bucket\":{\"name\":[\"" + bucket + "\"]},"
                        + "\"object\":{\"key\":[{\"prefix\":\"uploads/\"}]}}}"));
        events.putTargets(request -> request.rule(rule)
                .targets(Target.builder().id("image-jobs").arn(queue.arn()).build()));
        return queue;
    }

    private void uploadInTwoParts(String key) {
        String uploadId = s3.createMultipartUpload(
                        request -> request.bucket(bucket).key(key))
                .uploadId();
        String first = s3.uploadPart(
                        request -> request.bucket(bucket)
                                .key(key)
                                .uploadId(uploadId)
                                .partNumber(1),
                        RequestBody.fromBytes(new byte[5 * 1024 * 1024]))
                .eTag();
        String second = s3.uploadPart(
                        request -> request.bucket(bucket)
                                .key(key)
                                .uploadId(uploadId)
                                .partNumber(2),
                        RequestBody.fromString("tail"))
                .eTag();
        s3.completeMultipartUpload(request -> request.bucket(bucket)
                .key(key)
                .uploadId(uploadId)
                .multipartUpload(upload -> upload.parts(
                        CompletedPart.builder().partNumber(1).eTag(first).build(),
                        CompletedPart.builder().partNumber(2).eTag(second).build())));
    }

    private static JsonNode onlyEvent(TestQueue queue) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !queue.received().isEmpty());
        await().during(Duration.ofMillis(700))
                .atMost(Duration.ofSeconds(3))
                .until(() -> queue.received().size() == 1);
        return JsonMapper.shared().readTree(queue.received().getFirst().body());
    }
}
