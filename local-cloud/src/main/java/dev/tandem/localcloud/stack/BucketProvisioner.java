package dev.tandem.localcloud.stack;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CORSRule;
import software.amazon.awssdk.services.s3.model.S3Exception;
import tools.jackson.databind.JsonNode;

/**
 * {@code AWS::S3::Bucket} with its CORS rules, and the effect of CDK's {@code
 * Custom::S3BucketNotifications} resource: on AWS, that resource's handler switches the bucket's
 * EventBridge notifications on; here the same request goes straight to the S3 being deployed into.
 */
final class BucketProvisioner implements Provisioner {

    static final String BUCKET_NOTIFICATIONS = "Custom::S3BucketNotifications";

    private static final Logger log = LoggerFactory.getLogger(BucketProvisioner.class);
    private static final int NOT_IMPLEMENTED = 501;

    private final S3Client s3;
    private final String region;

    BucketProvisioner(S3Client s3, String region) {
        this.s3 = s3;
        this.region = region;
    }

    @Override
    public Set<String> types() {
        return Set.of("AWS::S3::Bucket", BUCKET_NOTIFICATIONS);
    }

    @Override
    public Optional<Physical> create(Properties properties) {
        if (properties.resource().type().equals(BUCKET_NOTIFICATIONS)) {
            return Optional.of(switchOnEventBridge(properties));
        }
        String name = properties.text("BucketName").orElseGet(() -> Names.generated(properties.resource(), 63, true));
        s3.createBucket(b -> b.bucket(name));
        properties.json("CorsConfiguration").ifPresent(cors -> applyCors(name, cors));
        return Optional.of(new Physical(
                name,
                Map.of(
                        "Arn", "arn:aws:s3:::" + name,
                        "DomainName", name + ".s3.amazonaws.com",
                        "RegionalDomainName", name + ".s3." + region + ".amazonaws.com")));
    }

    /**
     * S3Proxy has no per-bucket CORS ({@code PutBucketCors} answers 501 Not Implemented); it
     * answers browsers' preflight requests from its own server-wide rules instead. The bucket's
     * rules are then logged, not silently dropped.
     */
    private void applyCors(String bucket, JsonNode cors) {
        try {
            s3.putBucketCors(b -> b.bucket(bucket)
                    .corsConfiguration(c -> c.corsRules(cors.path("CorsRules")
                            .valueStream()
                            .map(BucketProvisioner::corsRule)
                            .toList())));
        } catch (S3Exception e) {
            if (e.statusCode() != NOT_IMPLEMENTED) {
                throw e;
            }
            log.info(
                    "bucket {}: CORS rules {} are served by the local S3's server-wide CORS settings",
                    bucket,
                    cors.path("CorsRules"));
        }
    }

    private Physical switchOnEventBridge(Properties properties) {
        String bucket = properties.requiredText("BucketName");
        JsonNode configuration = properties.json("NotificationConfiguration").orElseThrow();
        if (configuration.has("EventBridgeConfiguration")) {
            s3.putBucketNotificationConfiguration(
                    b -> b.bucket(bucket).notificationConfiguration(n -> n.eventBridgeConfiguration(e -> {})));
        }
        return new Physical(bucket + "-notifications", Map.of());
    }

    private static CORSRule corsRule(JsonNode rule) {
        return CORSRule.builder()
                .allowedMethods(strings(rule.path("AllowedMethods")))
                .allowedOrigins(strings(rule.path("AllowedOrigins")))
                .allowedHeaders(strings(rule.path("AllowedHeaders")))
                .exposeHeaders(strings(rule.path("ExposedHeaders")))
                .maxAgeSeconds(rule.has("MaxAge") ? rule.path("MaxAge").asInt() : null)
                .build();
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
