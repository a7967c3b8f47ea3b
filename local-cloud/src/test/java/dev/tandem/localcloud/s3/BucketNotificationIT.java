package dev.tandem.localcloud.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.localcloud.LocalAws;
import dev.tandem.localcloud.TestQueue;
import dev.tandem.localcloud.junit.LocalAwsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Event;
import software.amazon.awssdk.services.s3.model.EventBridgeConfiguration;
import software.amazon.awssdk.services.s3.model.NotificationConfiguration;
import software.amazon.awssdk.services.s3.model.QueueConfiguration;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Get/PutBucketNotificationConfiguration, which local-cloud answers in front of S3Proxy. */
@ExtendWith(LocalAwsExtension.class)
class BucketNotificationIT {

    private static final NotificationConfiguration EVENTBRIDGE_ON = NotificationConfiguration.builder()
            .eventBridgeConfiguration(EventBridgeConfiguration.builder().build())
            .build();

    private final S3Client s3;
    private final String bucket = TestQueue.uniqueName("notifications");

    BucketNotificationIT(S3Client s3) {
        this.s3 = s3;
        s3.createBucket(request -> request.bucket(bucket));
    }

    @Test
    void startsABucketWithoutNotifications() {
        assertThat(configuration().eventBridgeConfiguration()).isNull();
    }

    @Test
    void remembersWhetherEventBridgeNotificationsAreOn() {
        s3.putBucketNotificationConfiguration(
                request -> request.bucket(bucket).notificationConfiguration(EVENTBRIDGE_ON));
        assertThat(configuration().eventBridgeConfiguration()).isNotNull();

        s3.putBucketNotificationConfiguration(request -> request.bucket(bucket)
                .notificationConfiguration(NotificationConfiguration.builder().build()));
        assertThat(configuration().eventBridgeConfiguration()).isNull();
    }

    @Test
    void refusesAConfigurationSignedWithAnotherSecret(LocalAws aws) {
        AwsBasicCredentials wrongSecret =
                AwsBasicCredentials.create(aws.settings().credentials().accessKeyId(), "guess");
        try (S3Client intruder = S3Client.builder()
                .region(aws.settings().region())
                .credentialsProvider(StaticCredentialsProvider.create(wrongSecret))
                .endpointOverride(aws.endpoint())
                .forcePathStyle(true)
                .httpClient(UrlConnectionHttpClient.create())
                .build()) {
            assertThatThrownBy(() -> intruder.putBucketNotificationConfiguration(
                            request -> request.bucket(bucket).notificationConfiguration(EVENTBRIDGE_ON)))
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
                    });
        }
        assertThat(configuration().eventBridgeConfiguration()).isNull();
    }

    @Test
    void saysWhenTheBucketDoesNotExist() {
        assertThatThrownBy(() -> s3.getBucketNotificationConfiguration(request -> request.bucket(bucket + "-missing")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchBucket");
                });
    }

    @Test
    void refusesDestinationsOtherThanEventBridge() {
        NotificationConfiguration toQueue = NotificationConfiguration.builder()
                .queueConfigurations(QueueConfiguration.builder()
                        .queueArn("arn:aws:sqs:us-east-1:000000000000:uploads")
                        .events(Event.S3_OBJECT_CREATED)
                        .build())
                .build();

        assertThatThrownBy(() -> s3.putBucketNotificationConfiguration(
                        request -> request.bucket(bucket).notificationConfiguration(toQueue)))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(501);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NotImplemented");
                });
    }

    private NotificationConfiguration configuration() {
        var response = s3.getBucketNotificationConfiguration(request -> request.bucket(bucket));
        return NotificationConfiguration.builder()
                .eventBridgeConfiguration(response.eventBridgeConfiguration())
                .build();
    }
}
